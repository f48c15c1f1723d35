#include "core/dataset/localizedtext.h"

#include <QCoreApplication>

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
    if (m_firstLanguage.isNull() || m_firstLanguage == language) {
        m_firstLanguage = language.isNull() ? QString(QLatin1String("")) : language;
        m_firstText = text;
        return;
    }
    for (auto &entry : m_more) {
        if (entry.first == language) {
            entry.second = text;
            return;
        }
    }
    m_more.append({language, text});
}

const QString &LocalizedText::find(const QString &language) const
{
    static const QString none;
    if (m_firstLanguage == language && !m_firstLanguage.isNull())
        return m_firstText;
    for (const auto &entry : m_more) {
        if (entry.first == language)
            return entry.second;
    }
    return none;
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    if (isEmpty())
        return result;
    result.reserve(1 + m_more.size());
    result.append(m_firstLanguage);
    for (const auto &entry : m_more)
        result.append(entry.first);
    return result;
}

QString LocalizedText::notStated()
{
    return QCoreApplication::translate("LocalizedText", "not stated");
}

QString LocalizedText::text() const
{
    return text(currentLanguageRef());
}

QString LocalizedText::text(const QString &language) const
{
    return text(language, fallbackLanguageRef());
}

QString LocalizedText::text(const QString &language, const QString &fallbackLanguage) const
{
    const QString &t = find(language);
    if (!t.isEmpty())
        return t;
    const QString &fallback = find(fallbackLanguage);
    if (!fallback.isEmpty())
        return fallback;
    return m_firstText;
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
