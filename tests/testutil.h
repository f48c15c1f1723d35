#pragma once

// Small helpers shared by the tests.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace TestUtil {

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
