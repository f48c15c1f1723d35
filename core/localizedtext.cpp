#include "localizedtext.h"

namespace {
QString &currentLanguageRef()
{
    static QString language = QStringLiteral("en");
    return language;
}
QString &fallbackLanguageRef()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString LocalizedText::text() const
{
    return text(currentLanguageRef());
}

QString LocalizedText::text(const QString &language) const
{
    const QString t = m_texts.value(language);
    if (!t.isEmpty())
        return t;
    const QString fallback = m_texts.value(fallbackLanguageRef());
    if (!fallback.isEmpty())
        return fallback;
    return m_texts.isEmpty() ? QString() : m_texts.constBegin().value();
}

void LocalizedText::setCurrentLanguage(const QString &language)
{
    currentLanguageRef() = language;
}

QString LocalizedText::currentLanguage()
{
    return currentLanguageRef();
}

void LocalizedText::setFallbackLanguage(const QString &language)
{
    fallbackLanguageRef() = language;
}

QString LocalizedText::fallbackLanguage()
{
    return fallbackLanguageRef();
}
