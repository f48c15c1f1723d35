#include "core/recommend/answers.h"

#include "core/export/atomicfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

bool AnswersFile::parse(const QByteArray &data, const QString &fileName, QMap<QString, QString> *answers, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (data.size() > MaxFileSize)
        return fail(tr("%1: over %2 KiB; answer files are small").arg(fileName).arg(MaxFileSize / 1024));
    if (data.trimmed().isEmpty())
        return fail(tr("%1:1:1: the file is empty; expected {\"QUESTION\": \"OPTION\", ...}").arg(fileName));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        return fail(tr("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(tr("%1: /: expected an object {\"QUESTION\": \"OPTION\", ...}").arg(fileName));
    const QJsonObject object = doc.object();
    QMap<QString, QString> result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            QString key = it.key();
            key.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
            return fail(tr("%1: /%2: expected an option id (a string)").arg(fileName, key));
        }
        result.insert(it.key(), it.value().toString());
    }
    if (answers)
        *answers = result;
    return true;
}

bool AnswersFile::load(const QString &path, QMap<QString, QString> *answers, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.read(MaxFileSize + 1), path, answers, error);
}

QByteArray AnswersFile::toJson(const QMap<QString, QString> &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool AnswersFile::save(const QString &path, const QMap<QString, QString> &answers, QString *error)
{
    return AtomicFile::write(path, toJson(answers), error);
}

bool AnswersFile::parseAssignment(const QString &text, QString *question, QString *option)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1 || text.indexOf(QLatin1Char('='), eq + 1) >= 0)
        return false;
    *question = text.left(eq).trimmed();
    *option = text.mid(eq + 1).trimmed();
    return !question->isEmpty() && !option->isEmpty();
}
