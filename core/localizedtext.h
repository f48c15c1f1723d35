#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// A text a user reads, in every language the dataset declares. Lookups fall back to the
// dataset's first language, so a partially translated third-party dataset still reads.
class LocalizedText
{
public:
    LocalizedText() = default;

    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool has(const QString &language) const { return !m_texts.value(language).isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }

    // The text in the current language (see setCurrentLanguage), else the fallback.
    QString text() const;
    QString text(const QString &language) const;

    static void setCurrentLanguage(const QString &language);
    static QString currentLanguage();
    static void setFallbackLanguage(const QString &language);
    static QString fallbackLanguage();

private:
    QHash<QString, QString> m_texts;
};
