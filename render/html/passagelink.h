#pragma once

#include "core/dataset/dataset.h"

#include <QString>
#include <QUrl>

// The one form of a link to a passage of the document in Versus's rich text (the wizard's
// result, the Matrix tab's detail pane): "passage:ID?quote=TEXT", the quote optional and
// percent-encoded. The views hand what parse() gives to MainWindow::showPassage().
namespace PassageLink {
QUrl url(const PassageRef &ref);
// The passage and its quote (in the current language) behind a link; false for any other link.
bool parse(const QUrl &url, QString *passageId, LocalizedText *quote);
// <a href="passage:…">html</a>; html alone when ref names no passage.
QString anchor(const PassageRef &ref, const QString &html);
} // namespace PassageLink
