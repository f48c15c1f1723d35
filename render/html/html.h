#pragma once

#include <QString>

// Plain text made safe for Qt's rich text (QTextDocument, QTextBrowser, QLabel): the one
// place Versus escapes text into HTML.
namespace Html {
// &, <, > and " as entities.
QString escape(const QString &text);
// The same, with each line break as <br>.
QString escapeLines(const QString &text);
// Typography for the current language (Language::hanText): <small> and <i> around html for
// Latin text; for Chinese the body size and no synthetic italic.
QString small(const QString &html);
QString italic(const QString &html);
// The default style sheet of a view with links: for Chinese, links shown by colour alone,
// with no underline through the characters.
QString linkStyleSheet();
} // namespace Html
