#pragma once

#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

// One thing wrong with a dataset, located: a line and column for a syntax error, a
// JSON pointer for a schema error, neither for a file that cannot be read at all.
struct Problem
{
    QString file;
    int line = 0;
    int column = 0;
    QString pointer;
    QString message;
    // "FILE:LINE:COLUMN: message", "FILE: /json/pointer: message" or "FILE: message".
    QString toString() const;
};

class DatasetLoader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetLoader)

public:
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    static constexpr int MaxDepth = 64;
    static constexpr int MaxProblems = 200;

    struct Result
    {
        std::shared_ptr<const Dataset> dataset; // null unless the data is valid
        QList<Problem> problems;
        bool ok() const { return dataset && problems.isEmpty(); }
        QString summary() const; // "12 dimensions, 2 families, ..." for --validate
    };

    // fileName is how messages name the file (the path as the user gave it).
    static Result loadFile(const QString &path);
    static Result loadData(const QByteArray &data, const QString &fileName);
    // The dataset compiled into the application.
    static QString bundledPath();
    static Result loadBundled();
};
