#pragma once

// Small helpers shared by the tests.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>

namespace TestUtil {

// Every link of a rich text, in reading order: what a user can click.
inline QStringList linksIn(const QTextDocument *document)
{
    QStringList links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QString previous; // one link may span several fragments of a block
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QString href = format.isAnchor() ? format.anchorHref() : QString();
            if (!href.isEmpty() && href != previous)
                links.append(href);
            previous = href;
        }
    }
    return links;
}

inline QByteArray bundledBytes()
{
    QFile file(QStringLiteral(":/data/versus.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QJsonObject bundledJson()
{
    return QJsonDocument::fromJson(bundledBytes()).object();
}

// Sets (or, with an undefined value, removes) the value at a JSON pointer.
inline QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(setAt(QJsonValue(), path, value));
        else
            array[index] = setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = setAt(object.value(key), path, value);
    return object;
}

inline QByteArray bundledWith(const QString &pointer, const QJsonValue &value)
{
    QStringList path = pointer.split(QLatin1Char('/'));
    path.removeFirst();
    return QJsonDocument(setAt(bundledJson(), path, value).toObject()).toJson();
}

} // namespace TestUtil

#include <QProcess>
#include <QStandardPaths>
#include <unistd.h>

namespace TestUtil {

// The real `versus` binary run as a user or a script runs it: no display (it must pick
// the offscreen platform itself), its exit code, standard output and standard error.
struct Run
{
    int exitCode = -1; // -1: it did not finish, or crashed
    QString out;
    QString err;
};

enum class As {
    User,         // as is
    Unprivileged, // as nobody when the tests run as root, so that permissions apply
    FullDisk,     // with a file size limit: writes past 8 KiB fail as on a full disk
};

inline bool canRunUnprivileged()
{
    return ::geteuid() != 0 || !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty();
}

inline Run runVersus(const QStringList &arguments, As as = As::User)
{
    QString program = QStringLiteral(VERSUS_BINARY);
    QStringList args = arguments;
    if (as == As::Unprivileged && ::geteuid() == 0) {
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                           program}
               + arguments;
        program = QStringLiteral("setpriv");
    } else if (as == As::FullDisk) {
        args = QStringList{QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 16; exec \"$0\" \"$@\""), program}
               + arguments;
        program = QStringLiteral("/bin/sh");
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace TestUtil
