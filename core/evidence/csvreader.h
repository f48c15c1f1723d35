#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The one CSV reader of the project: RFC 4180 in full (fields quoted with '"', doubled quotes
// inside them, line breaks inside quotes, CRLF or LF line ends, a UTF-8 byte order mark), with
// hard limits so that hostile input (binary, huge, very wide, very long) ends in a clear error
// in bounded time and memory. CsvReader::parse is a pure function of the bytes and the limits,
// which is what the fuzz harness calls.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Limits
    {
        qsizetype maxBytes = 64 * 1024 * 1024;
        qsizetype maxRecords = 200000;
        qsizetype maxColumns = 1000;
        qsizetype maxFieldBytes = 1024 * 1024;
    };

    struct Record
    {
        int line = 0; // the physical line the record starts on, from 1
        QStringList fields;
    };

    struct Result
    {
        QList<Record> records; // blank lines are skipped
        QString error;         // empty when the bytes were read; then line says where
        int errorLine = 0;
        bool ok() const { return error.isEmpty(); }
        // "LINE: error", or the error alone where it has no line.
        QString located() const;
    };

    static Result parse(const QByteArray &bytes, const Limits &limits);
    static Result parse(const QByteArray &bytes); // with the default Limits
};
