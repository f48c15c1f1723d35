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

void LocalizedText::set(const QString &language, const QString &text)
{
    for (auto &entry : m_texts) {
        if (entry.first == language) {
            entry.second = text;
            return;
        }
    }
    m_texts.append({language, text});
}

const QString &LocalizedText::find(const QString &language) const
{
    static const QString none;
    for (const auto &entry : m_texts) {
        if (entry.first == language)
            return entry.second;
    }
    return none;
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    result.reserve(m_texts.size());
    for (const auto &entry : m_texts)
        result.append(entry.first);
    return result;
}

QString LocalizedText::text() const
{
    return text(currentLanguageRef());
}

QString LocalizedText::text(const QString &language) const
{
    const QString &t = find(language);
    if (!t.isEmpty())
        return t;
    const QString &fallback = find(fallbackLanguageRef());
    if (!fallback.isEmpty())
        return fallback;
    return m_texts.isEmpty() ? QString() : m_texts.constFirst().second;
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
