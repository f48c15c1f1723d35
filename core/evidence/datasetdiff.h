#pragma once

#include "core/dataset/dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// What changed between two datasets: models, benchmarks, sources, scores, prices and the
// feature table's cells, each named by a path of ids ("scores/deepseek-r1/gpqa-diamond/
// thinking/deepseek"), with the old and the new value as text.
class DatasetDiff
{
    Q_DECLARE_TR_FUNCTIONS(DatasetDiff)

public:
    struct Change
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Changed;
        QString path;
        QString oldValue, newValue;
        // "+ PATH: NEW", "- PATH: OLD" or "~ PATH: OLD -> NEW".
        QString line() const;
    };

    static QList<Change> compare(const Dataset &older, const Dataset &newer);
    // {"changes": [{"change": "added"|"removed"|"changed", "path", "old", "new"}, ...]}
    static QByteArray toJson(const QList<Change> &changes);

    // A score's path: scores/MODEL/BENCHMARK/MODE/REPORTER, MODE "-" where none is named,
    // "@SETTING" after it where the score names a setting.
    static QString scorePath(const Score &score);
};
