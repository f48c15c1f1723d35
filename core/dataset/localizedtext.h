#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// A text a user reads, in every language the dataset declares. Lookups fall back to the
// dataset's first language, so a partially translated third-party dataset still reads.
class LocalizedText
{
public:
    LocalizedText() = default;

    void set(const QString &language, const QString &text);
    bool isEmpty() const { return m_firstLanguage.isNull(); }
    bool has(const QString &language) const { return !find(language).isEmpty(); }
    QStringList languages() const;

    // The text in the current language (see setCurrentLanguage), else the fallback.
    QString text() const;
    QString text(const QString &language) const;
    // The same without reading the shared settings: for other threads.
    QString text(const QString &language, const QString &fallbackLanguage) const;

    // The one wording, translated, for what no source states: tables, filters, the matrix's
    // favoured column, charts and the report all show this.
    static QString notStated();

    static void setCurrentLanguage(const QString &language);
    static QString currentLanguage();
    static void setFallbackLanguage(const QString &language);
    static QString fallbackLanguage();

private:
    const QString &find(const QString &language) const;

    // A text has a handful of languages: the first is held inline and the others in a short
    // list, smaller and faster than a hash; a dataset may have a million texts.
    QString m_firstLanguage;
    QString m_firstText;
    QList<std::pair<QString, QString>> m_more;
};
