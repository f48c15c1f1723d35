#include "core/matrix/outcomes.h"

QString Outcomes::glyph(const QString &outcomeId)
{
    if (outcomeId == QLatin1String("shipped"))
        return QStringLiteral("✓");
    if (outcomeId == QLatin1String("shipped-differently"))
        return QStringLiteral("≈");
    if (outcomeId == QLatin1String("not-shipped"))
        return QStringLiteral("✗");
    return QStringLiteral("?");
}

QColor Outcomes::color(const QString &outcomeId, bool darkPalette)
{
    // Green, amber, red and grey: apart from each other and from the statuses' ink, which is
    // the text colour.
    if (outcomeId == QLatin1String("shipped"))
        return darkPalette ? QColor(110, 200, 120) : QColor(20, 120, 40);
    if (outcomeId == QLatin1String("shipped-differently"))
        return darkPalette ? QColor(240, 190, 80) : QColor(150, 95, 0);
    if (outcomeId == QLatin1String("not-shipped"))
        return darkPalette ? QColor(255, 120, 110) : QColor(185, 30, 30);
    return darkPalette ? QColor(170, 170, 185) : QColor(95, 95, 110);
}

namespace {
QString inLanguage(const LocalizedText &text, const QString &language)
{
    return language.isEmpty() ? text.text() : text.text(language);
}
} // namespace

QString Outcomes::name(const Dataset &dataset, const QString &outcomeId, const QString &language)
{
    const Outcome *o = dataset.outcome(outcomeId);
    return o ? inLanguage(o->name, language) : outcomeId;
}

QString Outcomes::line(const Dataset &dataset, const AnticipationCheck &check, const QString &language)
{
    const Status *status = dataset.status(check.status);
    const QString was = status ? inLanguage(status->name, language).toLower() : check.status;
    if (check.date.isEmpty())
        return tr("%1 → %2").arg(was, name(dataset, check.outcome, language));
    return tr("%1 → %2 (%3)").arg(was, name(dataset, check.outcome, language), check.date.left(7));
}

QString Outcomes::asOf(const Dataset &dataset)
{
    return dataset.asOf.isEmpty() ? tr("date not stated") : tr("as of %1").arg(dataset.asOf);
}
