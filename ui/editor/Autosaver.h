#pragma once

#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace newsroom {

class ArticleDocument;
class ArticleStore;

// Saves the document without being asked: kIdleDelay after the last change, and at the
// latest kMaxDelay after the first unsaved one, so steady typing still reaches the
// archive every second (a crash or kill -9 loses at most that). The version the editor
// opened is kept in the history, then one every kHistoryInterval; the saves in between
// replace each other. A conflict stops saving until the editor decides.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIdleDelay = 300;                    // ms
    static constexpr int kMaxDelay = 1000;                    // ms
    static constexpr qint64 kHistoryInterval = 5 * 60 * 1000; // ms

    Autosaver(ArticleStore &store, ArticleDocument &document, QObject *parent = nullptr);

    bool hasUnsavedChanges() const { return m_dirty; }
    bool isInConflict() const { return m_conflict; }
    // Saves now if anything is unsaved. Returns false (and says why) when it could not.
    bool saveNow();
    // After a conflict: save this editor's text as the newest version anyway.
    bool overwriteConflict();

Q_SIGNALS:
    void saved();
    void conflicted(const QString &message);
    void failed(const QString &message);

private:
    void onContentChanged();
    void onLoaded();

    ArticleStore &m_store;
    ArticleDocument &m_document;
    QTimer m_idle;
    QTimer m_deadline;
    QElapsedTimer m_sinceHistory; // invalid until this editor keeps a version
    bool m_dirty = false;
    bool m_conflict = false;
};

} // namespace newsroom
