#include "core/i18n/language.h"

#include "core/dataset/localizedtext.h"

#include <QEvent>
#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {
// The translators are children of the application, so they go with it (QPointer: never dangling).
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// Han characters in their Simplified Chinese forms wherever Versus draws them (the widgets,
// the charts, the report): the CJK fonts follow the application's own font as its fallback,
// so fontconfig's choice for the system locale (often a Japanese cut) is not used.
void addCjkFallback()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    QFont font = QGuiApplication::font();
    const QStringList cjk = Language::cjkFamilies();
    if (font.families().contains(cjk.first()))
        return;
    // The family the platform resolves the font to ("Sans Serif" is an alias, which a list
    // of families would pass over, drawing everything in the CJK font).
    font.setFamilies(QStringList{QFontInfo(font).family()} + cjk);
    QGuiApplication::setFont(font);
}
} // namespace

QStringList Language::cjkFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")};
}

QStringList Language::supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::systemDefault()
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void Language::apply(const QString &language)
{
    // Installing or removing a translator sends QEvent::LanguageChange to the application,
    // which posts one (compressed) to every top-level widget; widgets pass it on to their
    // children. When no translator changes, the event is posted here instead.
    const bool hadTranslators = !installed().isEmpty();
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
    addCjkFallback();
    LocalizedText::setCurrentLanguage(language);
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
    auto load = [](const QString &name, const QString &dir) {
        auto *t = new QTranslator(QCoreApplication::instance());
        if (t->load(name, dir)) {
            QCoreApplication::installTranslator(t);
            installed().append(t);
        } else {
            delete t;
        }
    };
    if (language != QLatin1String("en")) {
        // Qt's own strings (standard buttons, file dialogs): Debian's qt6-translations-l10n
        // puts qtbase_zh_CN.qm in QLibraryInfo's TranslationsPath (/usr/share/qt6/translations).
        load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    // English has a translation too: its plural forms alone ("%n row(s)": "1 row", "2 rows").
    load(QStringLiteral("versus_") + language, QStringLiteral(":/i18n"));
    if (!hadTranslators && installed().isEmpty() && QCoreApplication::instance())
        QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
}

QString Language::current()
{
    return LocalizedText::currentLanguage();
}

bool Language::hanText()
{
    return current().startsWith(QLatin1String("zh"));
}

qreal Language::smallScale()
{
    return hanText() ? 1.0 : 0.85;
}

QFont Language::smallFont(const QFont &body, bool italic)
{
    QFont font = body;
    if (body.pointSizeF() > 0)
        font.setPointSizeF(body.pointSizeF() * smallScale());
    else if (body.pixelSize() > 0)
        font.setPixelSize(qMax(1, qRound(body.pixelSize() * smallScale())));
    font.setItalic(italic && !hanText());
    return font;
}

QString Language::displayName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}
