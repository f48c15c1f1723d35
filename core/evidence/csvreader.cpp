#include "core/evidence/csvreader.h"

namespace {
int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The state of one parse: the record being built and where it started.
struct Parser
{
    const QByteArray &bytes;
    const CsvReader::Limits &limits;
    CsvReader::Result result;
    CsvReader::Record record;
    QByteArray field;
    int line = 1;

    bool fail(const QString &message, int at)
    {
        result.error = message;
        result.errorLine = at;
        result.records.clear();
        return false;
    }

    bool endField()
    {
        if (record.fields.size() >= limits.maxColumns)
            return fail(CsvReader::tr("more than %1 columns in a record").arg(limits.maxColumns), record.line);
        const QString text = QString::fromUtf8(field);
        if (text.contains(QChar::ReplacementCharacter) && !field.contains("\xEF\xBF\xBD"))
            return fail(CsvReader::tr("the text is not UTF-8"), record.line);
        record.fields.append(text);
        field.clear();
        return true;
    }

    bool endRecord()
    {
        if (!endField())
            return false;
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (!blank) {
            if (result.records.size() >= limits.maxRecords)
                return fail(CsvReader::tr("more than %1 records").arg(limits.maxRecords), record.line);
            result.records.append(record);
        }
        record = CsvReader::Record();
        return true;
    }

    bool addByte(char c)
    {
        if (field.size() >= limits.maxFieldBytes)
            return fail(CsvReader::tr("a field longer than %1 bytes").arg(limits.maxFieldBytes), record.line);
        field.append(c);
        return true;
    }

    // A quoted field from just after its opening quote; i ends just after the closing quote.
    bool quoted(qsizetype &i)
    {
        const int opened = line;
        const qsizetype n = bytes.size();
        while (i < n) {
            const char c = bytes.at(i++);
            if (c == '"') {
                if (i < n && bytes.at(i) == '"') {
                    ++i;
                    if (!addByte('"'))
                        return false;
                    continue;
                }
                if (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r' && bytes.at(i) != '\n')
                    return fail(CsvReader::tr("a character after a closing quote (a quote inside a quoted field "
                                              "must be doubled)"),
                                line);
                return true;
            }
            if (c == '\n')
                ++line;
            if (!addByte(c))
                return false;
        }
        return fail(CsvReader::tr("a quoted field opened on line %1 is not closed").arg(opened), opened);
    }

    bool run()
    {
        const qsizetype n = bytes.size();
        qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        record.line = line;
        bool fieldStart = true;
        while (i < n) {
            const char c = bytes.at(i++);
            if (c == '"' && fieldStart) {
                if (!quoted(i))
                    return false;
                fieldStart = false;
            } else if (c == ',') {
                if (!endField())
                    return false;
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < n && bytes.at(i) == '\n')
                    ++i;
                if (!endRecord())
                    return false;
                record.line = ++line;
                fieldStart = true;
            } else {
                if (!addByte(c))
                    return false;
                fieldStart = false;
            }
        }
        return (record.fields.isEmpty() && field.isEmpty() && fieldStart) || endRecord();
    }
};
} // namespace

QString CsvReader::Result::located() const
{
    return errorLine > 0 ? tr("line %1: %2").arg(errorLine).arg(error) : error;
}

CsvReader::Result CsvReader::parse(const QByteArray &bytes)
{
    return parse(bytes, Limits());
}

CsvReader::Result CsvReader::parse(const QByteArray &bytes, const Limits &limits)
{
    Result result;
    if (bytes.size() > limits.maxBytes) {
        result.error = tr("the file is %1 bytes, more than the %2 a CSV file may have").arg(bytes.size()).arg(limits.maxBytes);
        return result;
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        result.error = tr("binary data (a NUL byte): not a CSV text file");
        result.errorLine = lineOf(bytes, nul);
        return result;
    }
    Parser parser{bytes, limits, {}, {}, {}, 1};
    parser.run();
    return parser.result;
}
