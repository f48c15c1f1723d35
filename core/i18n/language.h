#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

class QTranslator;

// The application's language: the UI's translators and the dataset's texts together.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static QStringList supported(); // "en", "zh_CN"
    // The system locale's language if supported, else English.
    static QString systemDefault();
    // Installs Qt's and Versus's translators for language and makes dataset texts follow.
    static void apply(const QString &language);
    static QString current();
    static QString displayName(const QString &language); // in that language itself
    // The Simplified Chinese CJK fonts by name, most wanted first: the fallback of the
    // application's font (set by apply()) and of the report's.
    static QStringList cjkFamilies();

    // Typography for the current language. Han characters keep at least the body size (a
    // smaller CJK glyph is unreadable), never take a synthetic italic (CJK fonts have none:
    // Qt slants them), and no underline runs through them.
    static bool hanText();
    // What a "small" text (a badge, a note) is scaled by: 0.85, or 1 for Chinese.
    static qreal smallScale();
    // The font of such a text: smaller for Latin, the body size for Chinese; italic only
    // where the language has italics.
    static QFont smallFont(const QFont &body, bool italic = false);
};
