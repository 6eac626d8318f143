#pragma once

#include <QString>

namespace newsroom::slug {

// Slugs name an article in URLs and file names, so they hold only lowercase letters
// (any script), digits and single hyphens: nothing that can climb out of a folder.
constexpr int kMaxLength = 80;

QString fromHeadline(const QString &headline);
bool isValid(const QString &slug);
// "city-budget" -> "city-budget-2" for n = 2, keeping the result within kMaxLength.
QString withSuffix(const QString &slug, int n);

} // namespace newsroom::slug
