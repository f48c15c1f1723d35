#pragma once

#include "core/dataset/dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// Scores measured by third parties, read from the files their publishers offer: Epoch AI's
// benchmark CSVs (a header starting "Model version"; one benchmark a file, named by the file)
// and LMArena's leaderboard CSV (model, arena_score, 95_pct_ci, votes, ...). Each row's model
// is matched exactly on a normalised name or alias (Dataset::modelNamed), never by a part of
// the name; the only other rule is a settings suffix after an underscore ("_high", "_32K"),
// which becomes the score's setting. Rows that match nothing are kept with their line, to be
// reported or mapped by hand; apply() adds the matched ones to a dataset's JSON as scores of
// status "independent", each with the file as its source, its line and the publisher's credit.
class EvidenceImport
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceImport)

public:
    enum class Format { Unknown, EpochAi, LmArena };

    struct Row
    {
        int line = 0;
        QString name;    // the model's name as the file writes it
        QString setting; // a settings suffix taken off the name ("high", "32K"), or empty
        QString modelId; // the model it matched (or was mapped to by hand); empty: none
        std::optional<double> value; // in the benchmark's unit; empty: the row has no score
        Uncertainty uncertainty;
        QString note;    // what the file adds (votes, notes, the run's id), in its own words
        QString problem; // why the row cannot be imported even when mapped (a value out of range)
    };

    struct File
    {
        QString path;
        Format format = Format::Unknown;
        QString error; // the file cannot be read: nothing of it is imported
        QString benchmarkId;   // an existing benchmark, or the new one's id
        QString benchmarkName; // the new one's name (empty when it exists)
        bool percent = true;   // the values are percentages (else as the file gives them)
        QString unit;          // the new benchmark's unit
        QList<Row> rows;
        bool ok() const { return error.isEmpty(); }
        QString evaluator() const;
    };

    // Reads a file's bytes against the dataset's models and benchmarks. Pure: no file access.
    static File read(const QString &path, const QByteArray &bytes, const Dataset &dataset);
    static File readFile(const QString &path, const Dataset &dataset);

    // "FILE:LINE: no model matches "NAME"" for each row without a model, and one line for
    // each row with a problem or no score.
    static QStringList messages(const File &file);

    // The dataset's JSON with the files' matched rows added (scores, one source a file, new
    // benchmarks); error says why not. The result is meant for DatasetLoader, which checks it.
    static QByteArray apply(const QByteArray &datasetJson, const QList<File> &files, const QDate &day, QString *error);
    static int importedCount(const File &file); // rows apply() adds
};
