#pragma once

#include "core/dataset/dataset.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class ImportDialog;
class MainWindow;
class QAction;
class QMenu;

// File → Import Scores…, Save Dataset As…, Export Scores… and View → Compare with Dataset…:
// independent evidence read from Epoch AI and LMArena files, reviewed (ImportDialog), then
// shown in the window as a dataset of its own that can be saved; what changed against another.
class EvidenceActions : public QObject
{
    Q_OBJECT

public:
    // The file actions go before `before` in fileMenu; Compare with Dataset… at the end of viewMenu.
    EvidenceActions(MainWindow *window, QMenu *fileMenu, QAction *before, QMenu *viewMenu);

    // Test seams: the file dialogs' answers, and the review dialog once it is shown.
    struct TestHooks
    {
        std::function<QStringList()> openFileNames;
        std::function<QString()> openFileName;
        std::function<QString()> saveFileName;
    };
    static void setTestHooks(TestHooks hooks);

    void importFiles(const QStringList &paths); // reads them and shows the review
    bool saveDatasetAs(const QString &path, QString *error) const;
    bool exportScores(const QString &path, QString *error) const;
    void compareWith(const QString &path);
    ImportDialog *reviewDialog() const { return m_review; }

    void retranslate();

private:
    void applyReview();
    QByteArray currentJson(QString *error) const;

    MainWindow *m_window;
    QAction *m_import = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_exportScores = nullptr;
    QAction *m_compare = nullptr;
    ImportDialog *m_review = nullptr;
    // The imported dataset's JSON while the window shows it (it has no file until saved).
    QByteArray m_importedJson;
    std::shared_ptr<const Dataset> m_imported;
};
