#include "render/html/html.h"

#include "core/i18n/language.h"

QString Html::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString Html::escapeLines(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString Html::small(const QString &html)
{
    return Language::hanText() ? html : QStringLiteral("<small>%1</small>").arg(html);
}

QString Html::italic(const QString &html)
{
    return Language::hanText() ? html : QStringLiteral("<i>%1</i>").arg(html);
}

QString Html::styleSheet()
{
    return Language::hanText()
               ? QStringLiteral("a { text-decoration: none; } small { font-size: medium; } i, em { font-style: normal; }")
               : QString();
}
