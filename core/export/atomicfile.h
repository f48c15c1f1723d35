#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

// Every export goes through this: the data is written to a temporary file beside the
// target and renamed over it only when complete, so a failed or interrupted write leaves
// the old file as it was and nothing partial behind. Errors name the path and the cause.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // an uncommitted file is discarded

    bool open(QString *error);
    QIODevice *device() { return &m_file; }
    bool commit(QString *error);
    void cancel();

    // One call for data already in memory.
    static bool write(const QString &path, const QByteArray &data, QString *error);

private:
    QString m_path;
    QSaveFile m_file;
    bool m_open = false;
};
