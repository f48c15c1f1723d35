#include "core/recommend/answers.h"

#include "core/export/atomicfile.h"
#include "core/fit/fit.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace {
QString pointerKey(QString key)
{
    return key.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

// Reads one follow-up object's members: each a number in [min, max] (whole where asked) or a
// string; a wrong one sets *error to "/OBJECT/KEY: reason".
class ExtrasReader
{
public:
    ExtrasReader(const QJsonObject &object, const QString &name, QString *error)
        : m_object(object), m_name(name), m_error(error)
    {
    }
    bool onlyKeys(const QStringList &keys)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key()))
                return fail(it.key(), AnswersFile::tr("unknown member; expected one of %1").arg(keys.join(QStringLiteral(", "))));
        }
        return true;
    }
    bool number(const char *key, double min, double max, bool whole, double *value)
    {
        const QString k = QLatin1String(key);
        if (!m_object.contains(k))
            return true;
        const QJsonValue v = m_object.value(k);
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max || (whole && d != std::floor(d)))
            return fail(k, whole ? AnswersFile::tr("expected a whole number from %1 to %2").arg(min, 0, 'g', 12).arg(max, 0, 'g', 12)
                                 : AnswersFile::tr("expected a number from %1 to %2").arg(min, 0, 'g', 12).arg(max, 0, 'g', 12));
        *value = d;
        return true;
    }
    bool string(const char *key, QString *value)
    {
        const QString k = QLatin1String(key);
        if (!m_object.contains(k))
            return true;
        if (!m_object.value(k).isString() || m_object.value(k).toString().isEmpty())
            return fail(k, AnswersFile::tr("expected an id (a string)"));
        *value = m_object.value(k).toString();
        return true;
    }

private:
    bool fail(const QString &key, const QString &message)
    {
        if (m_error)
            *m_error = QStringLiteral("/%1/%2: %3").arg(m_name, pointerKey(key), message);
        return false;
    }
    const QJsonObject &m_object;
    QString m_name;
    QString *m_error;
};

bool readHardware(const QJsonObject &o, HardwareAnswer *h, QString *error)
{
    ExtrasReader r(o, QStringLiteral("hardware"), error);
    double memory = 0, bandwidth = 0, count = 1, context = 0;
    if (!r.onlyKeys({QStringLiteral("device"), QStringLiteral("memoryGB"), QStringLiteral("bandwidthGBps"),
                     QStringLiteral("count"), QStringLiteral("precision"), QStringLiteral("context")})
        || !r.string("device", &h->device) || !r.number("memoryGB", 0.001, 1e6, false, &memory)
        || !r.number("bandwidthGBps", 0.001, 1e6, false, &bandwidth) || !r.number("count", 1, 1024, true, &count)
        || !r.string("precision", &h->precision) || !r.number("context", 1, double(Fit::MaxContext), true, &context))
        return false;
    h->memoryGB = memory;
    if (bandwidth > 0)
        h->bandwidthGBps = bandwidth;
    h->count = int(count);
    h->context = qint64(context);
    return true;
}

bool readWorkload(const QJsonObject &o, WorkloadAnswer *w, QString *error)
{
    ExtrasReader r(o, QStringLiteral("workload"), error);
    return r.onlyKeys({QStringLiteral("inputMTok"), QStringLiteral("outputMTok"), QStringLiteral("cachedShare")})
        && r.number("inputMTok", 0, 1e15, false, &w->inputMTok) && r.number("outputMTok", 0, 1e15, false, &w->outputMTok)
        && r.number("cachedShare", 0, 1, false, &w->cachedShare);
}
} // namespace

QJsonObject AnswersFile::extrasToJson(const AnswerExtras &extras)
{
    QJsonObject object;
    const HardwareAnswer &h = extras.hardware;
    if (h.isSet()) {
        QJsonObject o;
        if (!h.device.isEmpty()) {
            o.insert(QStringLiteral("device"), h.device);
        } else {
            o.insert(QStringLiteral("memoryGB"), h.memoryGB);
            if (h.bandwidthGBps)
                o.insert(QStringLiteral("bandwidthGBps"), *h.bandwidthGBps);
        }
        o.insert(QStringLiteral("count"), h.count);
        if (!h.precision.isEmpty())
            o.insert(QStringLiteral("precision"), h.precision);
        if (h.context > 0)
            o.insert(QStringLiteral("context"), h.context);
        object.insert(QStringLiteral("hardware"), o);
    }
    const WorkloadAnswer &w = extras.workload;
    if (w.isSet()) {
        object.insert(QStringLiteral("workload"),
                      QJsonObject{{QStringLiteral("inputMTok"), w.inputMTok},
                                  {QStringLiteral("outputMTok"), w.outputMTok},
                                  {QStringLiteral("cachedShare"), w.cachedShare}});
    }
    return object;
}

bool AnswersFile::extrasFromJson(const QJsonObject &object, AnswerExtras *extras, QString *error)
{
    AnswerExtras result;
    for (const QString &key : {QStringLiteral("hardware"), QStringLiteral("workload")}) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isObject()) {
            if (error)
                *error = tr("/%1: expected an object").arg(key);
            return false;
        }
        const bool ok = key == QLatin1String("hardware") ? readHardware(v.toObject(), &result.hardware, error)
                                                         : readWorkload(v.toObject(), &result.workload, error);
        if (!ok)
            return false;
    }
    if (extras)
        *extras = result;
    return true;
}

bool AnswersFile::parse(const QByteArray &data, const QString &fileName, QMap<QString, QString> *answers, QString *error,
                        AnswerExtras *extras)
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
    QJsonObject object = doc.object();
    QJsonObject followUps;
    for (const QString &key : {QStringLiteral("hardware"), QStringLiteral("workload")}) {
        if (object.value(key).isObject()) {
            followUps.insert(key, object.value(key));
            object.remove(key);
        }
    }
    QMap<QString, QString> result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return fail(tr("%1: /%2: expected an option id (a string)").arg(fileName, pointerKey(it.key())));
        result.insert(it.key(), it.value().toString());
    }
    AnswerExtras readExtras;
    QString problem;
    if (!extrasFromJson(followUps, &readExtras, &problem))
        return fail(tr("%1: %2").arg(fileName, problem));
    if (answers)
        *answers = result;
    if (extras)
        *extras = readExtras;
    return true;
}

bool AnswersFile::load(const QString &path, QMap<QString, QString> *answers, QString *error, AnswerExtras *extras)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.read(MaxFileSize + 1), path, answers, error, extras);
}

QByteArray AnswersFile::toJson(const QMap<QString, QString> &answers, const AnswerExtras &extras)
{
    QJsonObject object = extrasToJson(extras);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool AnswersFile::save(const QString &path, const QMap<QString, QString> &answers, QString *error,
                       const AnswerExtras &extras)
{
    return AtomicFile::write(path, toJson(answers, extras), error);
}

bool AnswersFile::isAnswersFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name == QLatin1String("answers.json") || name.endsWith(QLatin1String(".answers.json")))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileSize)
        return false;
    const QByteArray data = file.read(MaxFileSize + 1);
    // A dataset names its format within its first 4 KiB (as the file type's magic looks for
    // it): no JSON parse for it on the way to opening it. Else a whole parse decides.
    if (data.left(4096).contains("\"format\""))
        return false;
    return !QJsonDocument::fromJson(data).object().contains(QLatin1String("format"))
        && parse(data, path, nullptr, nullptr, nullptr);
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
