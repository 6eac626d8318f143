#pragma once
// A model header that reaches up into the store: the check must refuse it.
#include "store/Store.h"
