#pragma once

#include <QString>

// Plain text made safe for Qt's rich text (QTextDocument, QTextBrowser, QLabel): the one
// place Versus escapes text into HTML.
namespace Html {
// &, <, > and " as entities.
QString escape(const QString &text);
// The same, with each line break as <br>.
QString escapeLines(const QString &text);
} // namespace Html
