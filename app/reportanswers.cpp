#include "reportanswers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<QMap<QString, QString>> readReportAnswers(const Dataset &dataset, const QStringList &answerArguments,
                                                        const QString &answersFile, QString *error)
{
    QMap<QString, QString> answers;
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!answersFile.isEmpty()) {
        QFile file(answersFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Report::tr("%1: %2").arg(answersFile, file.errorString()));
        if (file.size() > 1024 * 1024)
            return fail(Report::tr("%1: too large for an answers file").arg(answersFile));
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(Report::tr("%1: at offset %2: %3").arg(answersFile).arg(parseError.offset).arg(parseError.errorString()));
        if (!json.isObject())
            return fail(Report::tr("%1: expected an object {\"QID\": \"OPTION\", ...}").arg(answersFile));
        const QJsonObject object = json.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return fail(Report::tr("%1: /%2: expected an option id (a string)").arg(answersFile, it.key()));
            answers.insert(it.key(), it.value().toString());
        }
    }
    for (const QString &argument : answerArguments) {
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == argument.size() - 1)
            return fail(Report::tr("--answer expects QID=OPTION, not \"%1\"").arg(argument));
        answers.insert(argument.left(eq), argument.mid(eq + 1));
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const Question *question = dataset.question(it.key());
        if (!question)
            return fail(Report::tr("unknown question \"%1\"").arg(it.key()));
        if (!question->option(it.value())) {
            QStringList ids;
            for (const QuestionOption &o : question->options)
                ids.append(o.id);
            return fail(Report::tr("question \"%1\" has no option \"%2\"; choose one of %3")
                            .arg(it.key(), it.value(), ids.join(QStringLiteral(", "))));
        }
    }
    return answers;
}

ReportRecommendation reportRecommendation(const Dataset &dataset, const QMap<QString, QString> &answers)
{
    ReportRecommendation rec;
    for (const Question &q : dataset.questions) {
        const QString optionId = answers.value(q.id);
        if (const QuestionOption *o = q.option(optionId))
            rec.answers.append({q.text.text(), o->label.text()});
    }
    return rec;
}
