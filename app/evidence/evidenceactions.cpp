#include "app/evidence/evidenceactions.h"

#include "app/evidence/changesdialog.h"
#include "app/evidence/importdialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/messagebar.h"
#include "app/shell/settingskeys.h"
#include "core/dataset/datasetloader.h"
#include "core/evidence/datasetdiff.h"
#include "core/evidence/evidenceimport.h"
#include "core/evidence/scoreexport.h"
#include "core/export/atomicfile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace {
EvidenceActions::TestHooks &hooks()
{
    static EvidenceActions::TestHooks h;
    return h;
}

QString lastDir()
{
    return QSettings().value(SettingsKeys::LastExportDir).toString();
}
} // namespace

void EvidenceActions::setTestHooks(TestHooks h)
{
    hooks() = std::move(h);
}

EvidenceActions::EvidenceActions(MainWindow *window, QMenu *fileMenu, QAction *before, QMenu *viewMenu)
    : QObject(window), m_window(window)
{
    auto add = [fileMenu, before, this](auto slot) {
        auto *action = new QAction(this);
        connect(action, &QAction::triggered, this, slot);
        fileMenu->insertAction(before, action);
        return action;
    };
    m_import = add([this] {
        const QStringList paths = hooks().openFileNames
                                      ? hooks().openFileNames()
                                      : QFileDialog::getOpenFileNames(m_window, tr("Import Scores"), lastDir(),
                                                                      tr("CSV files (*.csv);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });
    m_saveAs = add([this] {
        const QString path = hooks().saveFileName ? hooks().saveFileName()
                                                  : QFileDialog::getSaveFileName(m_window, tr("Save Dataset As"),
                                                                                 QDir(lastDir()).filePath(tr("dataset.json")),
                                                                                 tr("Versus datasets (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveDatasetAs(path, &error))
            m_window->messageBar()->showMessage(MessageBar::Kind::Error, tr("The dataset could not be saved."), error);
    });
    m_exportScores = add([this] {
        const QString path = hooks().saveFileName ? hooks().saveFileName()
                                                  : QFileDialog::getSaveFileName(m_window, tr("Export Scores"),
                                                                                 QDir(lastDir()).filePath(tr("scores.csv")),
                                                                                 tr("CSV (*.csv);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportScores(path, &error))
            m_window->messageBar()->showMessage(MessageBar::Kind::Error, tr("The scores could not be exported."), error);
    });
    m_compare = viewMenu->addAction(QString(), this, [this] {
        const QString path = hooks().openFileName ? hooks().openFileName()
                                                  : QFileDialog::getOpenFileName(m_window, tr("Compare with Dataset"),
                                                                                 lastDir(), tr("Versus datasets (*.json)"));
        if (!path.isEmpty())
            compareWith(path);
    });
    retranslate();
}

void EvidenceActions::retranslate()
{
    m_import->setObjectName(QStringLiteral("importScoresAction"));
    m_saveAs->setObjectName(QStringLiteral("saveDatasetAsAction"));
    m_exportScores->setObjectName(QStringLiteral("exportScoresAction"));
    m_compare->setObjectName(QStringLiteral("compareDatasetAction"));
    m_import->setText(tr("&Import Scores…"));
    m_import->setStatusTip(tr("Add independent scores from Epoch AI benchmark CSVs or an LMArena leaderboard CSV"));
    m_saveAs->setText(tr("Save Dataset &As…"));
    m_saveAs->setStatusTip(tr("Save the dataset shown, with any imported scores, as a Versus dataset (JSON)"));
    m_exportScores->setText(tr("Export &Scores…"));
    m_exportScores->setStatusTip(tr("Save every score with its reporter, status and source as CSV or JSON"));
    m_compare->setText(tr("&Compare with Dataset…"));
    m_compare->setStatusTip(tr("List what changed from another dataset to the one shown"));
}

void EvidenceActions::importFiles(const QStringList &paths)
{
    const std::shared_ptr<const Dataset> dataset = m_window->dataset();
    QList<EvidenceImport::File> files;
    QStringList errors;
    for (const QString &path : paths) {
        EvidenceImport::File f = EvidenceImport::readFile(path, *dataset);
        if (f.ok())
            files.append(f);
        else
            errors.append(EvidenceImport::messages(f));
    }
    if (!errors.isEmpty())
        m_window->messageBar()->showMessage(MessageBar::Kind::Error, tr("These files could not be imported:"),
                                            errors.join(QLatin1Char('\n')));
    if (files.isEmpty())
        return;
    delete m_review;
    m_review = new ImportDialog(dataset, files, m_window);
    connect(m_review, &QDialog::accepted, this, &EvidenceActions::applyReview);
    m_review->open();
}

QByteArray EvidenceActions::currentJson(QString *error) const
{
    if (m_imported && m_imported == m_window->dataset())
        return m_importedJson;
    const QString path = m_window->datasetPath().isEmpty() ? DatasetLoader::bundledPath() : m_window->datasetPath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

void EvidenceActions::applyReview()
{
    const QList<EvidenceImport::File> files = m_review->files();
    QString error;
    const QByteArray base = currentJson(&error);
    const QByteArray json = base.isEmpty() ? QByteArray() : EvidenceImport::apply(base, files, QDate::currentDate(), &error);
    const DatasetLoader::Result result = json.isEmpty() ? DatasetLoader::Result()
                                                        : DatasetLoader::loadData(json, tr("imported dataset"));
    if (json.isEmpty() || !result.ok()) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Error, tr("The scores could not be imported."),
                                            result.problems.isEmpty() ? error : result.problems.constFirst().toString());
        return;
    }
    int imported = 0, skipped = 0;
    for (const EvidenceImport::File &f : files) {
        imported += EvidenceImport::importedCount(f);
        skipped += int(f.rows.size()) - EvidenceImport::importedCount(f);
    }
    m_importedJson = json;
    m_imported = result.dataset;
    m_window->useDataset(result, tr("imported scores, not saved yet"));
    m_window->messageBar()->showMessage(
        MessageBar::Kind::Information,
        tr("%n independent score(s) imported; the window shows the dataset with them.", nullptr, imported) + QLatin1Char(' ')
            + tr("%n row(s) skipped.", nullptr, skipped) + QLatin1Char(' ')
            + tr("Save it with File → Save Dataset As…"));
}

bool EvidenceActions::saveDatasetAs(const QString &path, QString *error) const
{
    const QByteArray json = currentJson(error);
    if (json.isEmpty() || !AtomicFile::write(path, json, error))
        return false;
    m_window->statusBar()->showMessage(tr("Dataset saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool EvidenceActions::exportScores(const QString &path, QString *error) const
{
    if (!ScoreExport::write(*m_window->dataset(), path, error))
        return false;
    m_window->statusBar()->showMessage(tr("Scores exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void EvidenceActions::compareWith(const QString &path)
{
    const DatasetLoader::Result other = DatasetLoader::loadFile(path);
    if (!other.ok()) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Error, tr("That dataset could not be read:"),
                                            other.problems.isEmpty() ? path : other.problems.constFirst().toString());
        return;
    }
    auto *dialog = new ChangesDialog(QFileInfo(path).fileName(), DatasetDiff::compare(*other.dataset, *m_window->dataset()),
                                     m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
