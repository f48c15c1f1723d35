#include "render/html/passagelink.h"

#include "render/html/html.h"

#include <QUrlQuery>

namespace {
const QString Scheme = QStringLiteral("passage");
const QString QuoteKey = QStringLiteral("quote");
} // namespace

QUrl PassageLink::url(const PassageRef &ref)
{
    QUrl url;
    url.setScheme(Scheme);
    url.setPath(ref.passage);
    const QString quote = ref.quote.text();
    if (!quote.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QuoteKey, quote);
        url.setQuery(query);
    }
    return url;
}

bool PassageLink::parse(const QUrl &url, QString *passageId, LocalizedText *quote)
{
    if (url.scheme() != Scheme || url.path().isEmpty())
        return false;
    *passageId = url.path();
    *quote = LocalizedText();
    const QString text = QUrlQuery(url).queryItemValue(QuoteKey, QUrl::FullyDecoded);
    if (!text.isEmpty()) {
        quote->set(LocalizedText::currentLanguage(), text);
        quote->set(LocalizedText::fallbackLanguage(), text);
    }
    return true;
}

QString PassageLink::anchor(const PassageRef &ref, const QString &html)
{
    if (!ref.isValid())
        return html;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(Html::escape(url(ref).toString(QUrl::FullyEncoded)), html);
}
