#include "core/export/atomicfile.h"

#include <QDir>
#include <QFileInfo>

AtomicFile::AtomicFile(const QString &path)
    : m_path(path), m_file(path)
{
}

AtomicFile::~AtomicFile()
{
    if (m_open)
        m_file.cancelWriting();
}

bool AtomicFile::open(QString *error)
{
    const QFileInfo info(m_path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("cannot write %1: %2").arg(m_path, why);
        return false;
    };
    if (m_path.isEmpty())
        return fail(tr("no file name given"));
    if (info.isDir())
        return fail(tr("it is a folder"));
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.absoluteFilePath())));
    if (!dir.isDir())
        return fail(tr("%1 is not a folder").arg(QDir::toNativeSeparators(dir.absoluteFilePath())));
    if (info.exists() && !info.isWritable())
        return fail(tr("the file is read-only"));
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(m_file.errorString());
    m_open = true;
    return true;
}

bool AtomicFile::commit(QString *error)
{
    if (!m_open) {
        if (error && error->isEmpty())
            *error = tr("cannot write %1: the file was not opened").arg(m_path);
        return false;
    }
    m_open = false;
    if (m_file.error() != QFileDevice::NoError) {
        const QString why = m_file.errorString();
        m_file.cancelWriting();
        m_file.commit();
        if (error)
            *error = tr("cannot write %1: %2").arg(m_path, why);
        return false;
    }
    if (!m_file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    return true;
}

void AtomicFile::cancel()
{
    if (m_open) {
        m_file.cancelWriting();
        m_file.commit();
        m_open = false;
    }
}

bool AtomicFile::write(const QString &path, const QByteArray &data, QString *error)
{
    AtomicFile file(path);
    if (!file.open(error))
        return false;
    if (file.device()->write(data) != data.size()) {
        const QString why = file.device()->errorString();
        file.cancel();
        if (error)
            *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    }
    return file.commit(error);
}
