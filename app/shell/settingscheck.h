#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

// The saved settings checked once at start-up, before anything reads them: a settings file
// that cannot be read or parsed (kept aside as FILE.corrupt, so nothing is lost), a value of
// the wrong kind, out of range or huge, an unknown tab or language, recent files that are
// gone. Each key the app cannot use is removed, so whatever reads it gets its default;
// every other setting stays as it was. The main window says what was reset, once.
class SettingsCheck
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCheck)

public:
    // A value whose text or bytes are longer than this is not a setting the app wrote.
    static constexpr qsizetype MaxValueBytes = 64 * 1024;

    struct Result
    {
        QString fileProblem;       // the file itself could not be read; empty when it could
        QStringList resetKeys;     // keys removed, in the order checked
        QStringList missingRecent; // recent files that no longer exist (removed from the list)
        bool isClean() const { return fileProblem.isEmpty() && resetKeys.isEmpty() && missingRecent.isEmpty(); }
        // One sentence for the message bar (empty when clean), the keys as details.
        QString message() const;
        QString details() const;
    };

    // tabIds: the main window's tabs, for the tab it restores.
    static Result check(QSettings *settings, const QStringList &tabIds);
    // The first call checks QSettings() and returns what it found; later calls (another
    // window) return a clean result, so it is said once.
    static Result checkOnce(const QStringList &tabIds);
};
