#pragma once

#include <QCoreApplication>
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
};
