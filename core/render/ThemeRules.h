#pragma once

#include "store/StoreError.h"

#include <QString>

namespace newsroom {
struct Theme;
}

namespace newsroom::themerules {

// A theme is data from anywhere (a shared drive, a download): it may not read files, run
// script or place article text where the browser would take it for code.
inline constexpr qsizetype kMaxFileBytes = 1024 * 1024; // each template and the stylesheet

// Checks a template (article.html or list.html) before ctemplate compiles it:
// - it starts with {{%AUTOESCAPE context="HTML"}}, so every value is escaped for where it
//   stands;
// - only BODY (in the page's HTML), CSS (in <style>) and JSON_LD (in
//   <script type="application/ld+json">) may be :none, unescaped; BODY stands nowhere else;
// - variables stand in text, in element content or in quoted attribute values, never in
//   a comment or the middle of a tag; a section ends where it began (in the same tag or
//   element), whatever is shown;
// - no includes, no changed delimiters, no <svg>, <math> or <plaintext> (parsed in ways
//   this check does not follow), no <iframe>, <frame>, <object> or <embed>, and nothing but
//   a closing tag uses '<' inside <script>, <style>, <title> and the like;
// - it has a <head> before any content and outside every section: the page's security
//   policy goes first in it;
// - article.html keeps the story anchor (PageRenderer::kStoryId), which the preview patches:
//   exactly one element with a literal id="story", outside every section, and exactly one
//   {{BODY:none}}, outside every section, inside that element and, down from it, only in
//   elements the body's own markup cannot end (<div>, <main>, <article>, <section> and the
//   like; not <p>, a heading, <a> or a table part), as the browser would parse the page
//   with every section shown.
// Returns where the <head> element's content starts (just past its '>'). `file` names
// the template in the message, which also gives the line and what to change.
enum class TemplateKind
{
    Article, // article.html
    List,    // list.html: no story
};
StoreResult<qsizetype> checkTemplate(const QString &file, const QString &text,
                                     TemplateKind kind = TemplateKind::Article);

// The stylesheet goes inside a <style> element in standalone pages and the preview, where
// a '<' could close it.
StoreStatus checkStylesheet(const QString &file, const QString &css);

// Where each template's <head> content starts.
struct HeadPositions
{
    qsizetype article = -1;
    qsizetype list = -1;
};

// Both templates and the stylesheet; files are named under `folder` when given, else by
// the theme's name.
StoreResult<HeadPositions> checkTheme(const Theme &theme, const QString &folder = {});

} // namespace newsroom::themerules
