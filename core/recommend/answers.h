#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

// What the wizard's follow-up pages add to the answers (an option's `asks`): the hardware
// (for self-hosting or on-device use) and the monthly volume (for costs).
struct HardwareAnswer
{
    QString device;       // a device id; empty: memoryGB (and bandwidthGBps) typed
    double memoryGB = 0;  // per device, 1 GB = 10^9 bytes
    std::optional<double> bandwidthGBps;
    int count = 1;
    QString precision;    // the weights' precision id; empty: the highest one that fits, per model
    qint64 context = 0;   // tokens; 0: the dataset's default (FitRequest::defaults)
    bool isSet() const { return !device.isEmpty() || memoryGB > 0; }
};

struct WorkloadAnswer
{
    double inputMTok = 0;   // input tokens a month, millions
    double outputMTok = 0;  // output tokens a month, millions
    double cachedShare = 0; // share of the input served from the cache, 0..1
    bool isSet() const { return inputMTok > 0 || outputMTok > 0; }
};

struct AnswerExtras
{
    HardwareAnswer hardware;
    WorkloadAnswer workload;
    bool isEmpty() const { return !hardware.isSet() && !workload.isSet(); }
};

// Wizard answers as a JSON file: {"QID": "OPTION", ...}. A question left out has no
// preference; "no-preference" says so explicitly. Two optional objects carry the follow-up
// pages' answers: "hardware": {"device": ID | "memoryGB": N, "bandwidthGBps": N, "count": N,
// "precision": ID, "context": N} and "workload": {"inputMTok": N, "outputMTok": N,
// "cachedShare": F}. Checking the ids against a dataset is Recommender::validate's (and
// FollowUp::validate's) job; this only reads and writes the file.
class AnswersFile
{
    Q_DECLARE_TR_FUNCTIONS(AnswersFile)

public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    // fileName is how messages name the file. On failure *error is one located line:
    // "FILE:LINE:COLUMN: message" for a syntax error, "FILE: /QID: message" otherwise.
    static bool parse(const QByteArray &data, const QString &fileName, QMap<QString, QString> *answers, QString *error,
                      AnswerExtras *extras = nullptr);
    static bool load(const QString &path, QMap<QString, QString> *answers, QString *error,
                     AnswerExtras *extras = nullptr);
    static QByteArray toJson(const QMap<QString, QString> &answers, const AnswerExtras &extras = {});
    // Written atomically (AtomicFile).
    static bool save(const QString &path, const QMap<QString, QString> &answers, QString *error,
                     const AnswerExtras &extras = {});
    // The follow-up objects alone (for settings), and back; a bad member: false with a reason
    // naming it ("/hardware/count: ...").
    static QJsonObject extrasToJson(const AnswerExtras &extras);
    static bool extrasFromJson(const QJsonObject &object, AnswerExtras *extras, QString *error);
    // Whether PATH is an answers file rather than a dataset, as the file type says
    // (packaging/io.github.versus.Versus.mime.xml): named *.answers.json or answers.json, or
    // a small JSON object of option ids (and the follow-up objects) with no "format" member,
    // which every dataset has. Reads at most MaxFileSize + 1 bytes.
    static bool isAnswersFile(const QString &path);
    // "QID=OPTION" as given to --answer; false when it is not of that form.
    static bool parseAssignment(const QString &text, QString *question, QString *option);
};
