#pragma once
#include "model/Model.h"
