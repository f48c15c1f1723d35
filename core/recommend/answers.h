#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

// Wizard answers as a JSON file: {"QID": "OPTION", ...}. A question left out has no
// preference; "no-preference" says so explicitly. Checking the ids against a dataset is
// Recommender::validate's job; this only reads and writes the file.
class AnswersFile
{
    Q_DECLARE_TR_FUNCTIONS(AnswersFile)

public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    // fileName is how messages name the file. On failure *error is one located line:
    // "FILE:LINE:COLUMN: message" for a syntax error, "FILE: /QID: message" otherwise.
    static bool parse(const QByteArray &data, const QString &fileName, QMap<QString, QString> *answers, QString *error);
    static bool load(const QString &path, QMap<QString, QString> *answers, QString *error);
    static QByteArray toJson(const QMap<QString, QString> &answers);
    // Written atomically (AtomicFile).
    static bool save(const QString &path, const QMap<QString, QString> &answers, QString *error);
    // "QID=OPTION" as given to --answer; false when it is not of that form.
    static bool parseAssignment(const QString &text, QString *question, QString *option);
};
