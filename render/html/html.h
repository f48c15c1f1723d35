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
// The default style sheet of a view's rich text: for Chinese, <small> at the body size, no
// synthetic italic, and links shown by colour alone (no underline through the characters).
QString styleSheet();
} // namespace Html
