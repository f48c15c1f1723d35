#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// What every harness needs once: an application object (the loader's background jobs and
// tr() expect one), made in LLVMFuzzerInitialize.
namespace FuzzInit {

inline void application(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Q_UNUSED(app);
}

// The input as a QByteArray that owns its bytes (the parsers keep a reference to it).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzInit
