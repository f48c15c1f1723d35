#include "app/shell/settingscheck.h"

#include "app/shell/settingskeys.h"
#include "core/i18n/language.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <cmath>

namespace {

enum class Kind { Int, Bool, Choice };

struct Rule
{
    QLatin1String key;
    Kind kind;
    qint64 min = 0;
    qint64 max = 0;
    QStringList choices = {};
};

// The keys whose values have a kind and range (the widgets' own ranges); every key also
// has the size limit. Keys read as text, bytes or lists that any value suits are not here.
QList<Rule> rules(const QStringList &tabIds)
{
    QStringList languages = Language::supported();
    return {
        {SettingsKeys::Language, Kind::Choice, 0, 0, languages},
        {SettingsKeys::WindowTab, Kind::Choice, 0, 0, tabIds},
        {SettingsKeys::ReportPageSize, Kind::Choice, 0, 0, {QString(), QStringLiteral("A4"), QStringLiteral("Letter")}},
        {SettingsKeys::MatrixSortColumn, Kind::Int, -1, 100000},
        {SettingsKeys::MatrixSortOrder, Kind::Int, 0, 1},
        {SettingsKeys::ReportSections, Kind::Int, 0, 0xff},
        {SettingsKeys::FitCount, Kind::Int, 1, 1024},
        {SettingsKeys::FitSequences, Kind::Int, 1, 4096},
        {SettingsKeys::FitContext, Kind::Int, 0, 1000},
        {SettingsKeys::FitOnlyFitting, Kind::Bool},
        {SettingsKeys::WizardAnalystMode, Kind::Bool},
    };
}

qsizetype valueBytes(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().size();
    if (value.typeId() == QMetaType::QStringList) {
        qsizetype n = 0;
        for (const QString &s : value.toStringList())
            n += s.size() + 1;
        return n;
    }
    return value.toString().size();
}

bool usable(const Rule &rule, const QVariant &value)
{
    const QString text = value.toString();
    switch (rule.kind) {
    case Kind::Int: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok && std::isfinite(d) && d == std::floor(d) && d >= double(rule.min) && d <= double(rule.max);
    }
    case Kind::Bool:
        return value.typeId() == QMetaType::Bool
               || QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"), QStringLiteral("0")}
                      .contains(text);
    case Kind::Choice:
        return rule.choices.contains(text);
    }
    return false;
}

// The file kept aside before anything writes over it.
QString keepAside(const QString &path)
{
    const QString aside = path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    return QFile::copy(path, aside) ? aside : QString();
}

} // namespace

SettingsCheck::Result SettingsCheck::check(QSettings *settings, const QStringList &tabIds)
{
    Result result;
    // QSettings says AccessError for any file when no organization name is set (as in the
    // tests) and for one it may not write: only a file that is there and cannot be read or
    // parsed is a problem.
    const QString path = settings->fileName();
    const QFileInfo info(path);
    const bool unreadable = info.exists() && (!info.isFile() || !info.isReadable());
    if (settings->status() == QSettings::FormatError || (settings->status() == QSettings::AccessError && unreadable)) {
        const QString aside = info.isFile() ? keepAside(path) : QString();
        result.fileProblem = aside.isEmpty()
                                 ? tr("The settings file %1 could not be read; the defaults are used.").arg(path)
                                 : tr("The settings file %1 could not be read; the defaults are used and the file "
                                      "is kept as %2.").arg(path, aside);
        return result;
    }
    const QList<Rule> checked = rules(tabIds);
    for (const QString &key : settings->allKeys()) {
        const QVariant value = settings->value(key);
        bool ok = valueBytes(value) <= MaxValueBytes;
        for (const Rule &rule : checked)
            if (ok && key == rule.key)
                ok = usable(rule, value);
        if (!ok) {
            settings->remove(key);
            result.resetKeys.append(key);
        }
    }
    if (settings->contains(SettingsKeys::RecentFiles)) {
        QStringList kept;
        for (const QString &file : settings->value(SettingsKeys::RecentFiles).toStringList())
            (QFileInfo::exists(file) ? kept : result.missingRecent).append(file);
        if (!result.missingRecent.isEmpty())
            settings->setValue(SettingsKeys::RecentFiles, kept);
    }
    return result;
}

SettingsCheck::Result SettingsCheck::checkOnce(const QStringList &tabIds)
{
    static bool done = false;
    if (done)
        return {};
    done = true;
    QSettings settings;
    return check(&settings, tabIds);
}

QString SettingsCheck::Result::message() const
{
    if (!fileProblem.isEmpty())
        return fileProblem;
    QStringList parts;
    if (!resetKeys.isEmpty())
        parts.append(tr("%n saved setting(s) could not be used and were reset to the default.", nullptr,
                        int(resetKeys.size())));
    if (!missingRecent.isEmpty())
        parts.append(tr("%n recent file(s) no longer exist and were removed from Open Recent.", nullptr,
                        int(missingRecent.size())));
    return parts.join(QLatin1Char(' '));
}

QString SettingsCheck::Result::details() const
{
    QStringList lines;
    for (const QString &key : resetKeys)
        lines.append(key);
    for (const QString &file : missingRecent)
        lines.append(file);
    return lines.join(QLatin1Char('\n'));
}
