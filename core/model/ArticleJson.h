#pragma once

#include "Article.h"

#include <QJsonObject>

namespace newsroom::json {

// The archive's one JSON shape of an article: the command-line tool prints it and the
// revision history stores it, so the keys are a public contract. Related items carry
// "article_id" (archive link) or "url" (outside link).
QJsonObject fromArticle(const Article &article);
Article toArticle(const QJsonObject &object);

QString timeToText(const QDateTime &time); // ISO 8601 UTC, "" for an unset time
QDateTime timeFromText(const QString &text);

} // namespace newsroom::json
