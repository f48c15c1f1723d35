#include "render/html/html.h"

QString Html::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString Html::escapeLines(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}
