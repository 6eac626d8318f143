#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;

namespace newsroom {

class ArchiveBrowser;
class ArchiveGateway;
class ArticleDocument;
class ArticleEditor;
class Autosaver;
class BackupScheduler;
class ChecklistPanel;
class ConflictBar;
class EditorSession;
class ExportController;
class PreviewLinks;
class PreviewWidget;
class RecoveryBar;
class SaveProblemBar;
class RelatedPanel;
class SpellChecker;

// The desk: the archive list on the left, the article editor with its related list and
// checklist in the middle, the live preview on the right, in splitters that remember
// their layout. It lays out and wires; the open article's life is the EditorSession's,
// and every archive call goes through the gateway. There is no Save: the autosave keeps
// the archive within a second of the editor. Closing the window (or SIGTERM, via the app)
// saves first.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<ArchiveGateway> gateway, const QString &archivePath,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the article in the editor once the archive answers (the one open is saved first).
    void openArticle(qint64 id);
    void newArticle();
    void duplicateArticle();
    void deleteArticle();
    void restoreArticle();
    void requestPublish();
    void showRevisions();
    void applyPreferences();
    // Saves what the editor holds and waits for the archive.
    bool saveNow();
    // Closes without asking about unsaved text (SIGTERM, logout): the journal keeps it.
    void quitWithoutAsking();
    // Brings the backup's content into the archive (the current content kept aside).
    bool restoreFromBackup(const QString &file);
    BackupScheduler *backups() const { return m_backups; }

    ArchiveGateway *gateway() const { return m_gateway.get(); }
    EditorSession *session() const { return m_session; }
    ArticleDocument *document() const;
    Autosaver *autosaver() const;
    ArticleEditor *editor() const { return m_editor; }
    RelatedPanel *relatedPanel() const { return m_related; }
    ChecklistPanel *checklist() const { return m_checklist; }
    PreviewWidget *preview() const { return m_preview; }
    ArchiveBrowser *browser() const { return m_browser; }
    ExportController *exporter() const { return m_export; }
    ConflictBar *conflictBar() const { return m_conflictBar; }
    RecoveryBar *recoveryBar() const { return m_recoveryBar; }
    SaveProblemBar *saveProblemBar() const { return m_saveProblem; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void buildMenus();
    void connectSession();
    void restoreLayout();
    void saveLayout();
    void openFirstOrNew();
    void onOpened(qint64 id);
    void updatePreview();
    void updateTitle();
    void onSaved();
    void onConflict(const QString &message);
    void refreshCompletions();
    void applySpellLanguage();
    void showMessage(const QString &message);
    void checkOutsideChanges();
    void lookForTheirVersion(qint64 id, qint64 ours);
    void takeTheirVersion(qint64 id, qint64 ours);
    void chooseBackupToRestore();
    void showReadOnlyArchive();
    void confirmPublish(const QStringList &warnings);

    std::unique_ptr<ArchiveGateway> m_gateway; // its lanes finish their calls when it goes
    QString m_archivePath;
    EditorSession *m_session = nullptr;
    BackupScheduler *m_backups = nullptr;
    SpellChecker *m_spell = nullptr;
    ArchiveBrowser *m_browser = nullptr;
    ArticleEditor *m_editor = nullptr;
    RelatedPanel *m_related = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    QTabWidget *m_lowerTabs = nullptr;
    PreviewWidget *m_preview = nullptr;
    PreviewLinks *m_previewLinks = nullptr;
    ConflictBar *m_conflictBar = nullptr;
    RecoveryBar *m_recoveryBar = nullptr;
    SaveProblemBar *m_saveProblem = nullptr;
    bool m_quitting = false;
    bool m_checkingOutside = false;
    qint64 m_outsideChanges = -1;                        // the archive's data_version last seen
    static constexpr int kOutsideChangesInterval = 1000; // ms
    ExportController *m_export = nullptr;
    QSplitter *m_columns = nullptr;
    QSplitter *m_editorSplit = nullptr;
    QLabel *m_saveState = nullptr;
    QString m_themeFolder; // the one the preview shows; empty: built in
};

} // namespace newsroom
