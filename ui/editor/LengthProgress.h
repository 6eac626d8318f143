#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace newsroom {

class ArticleDocument;

// The story's length in the status bar: its words and reading time and, when the article
// has a length target, how far along it is ("612 of 800 words"), with a bar. Well over the
// target shows, never blocks. Counted a moment after typing stops: counting 5,000 words on
// every keystroke would be felt.
class LengthProgress : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kCountDelay = 250; // ms after the last keystroke
    // Over the target by more than this share reads as too long: desks allow some slack.
    static constexpr double kSlack = 0.1;

    explicit LengthProgress(const ArticleDocument &document, QWidget *parent = nullptr);

    // As shown, brought up to date first.
    QString text();
    int percent(); // of the target, as the bar shows it; -1 without a target
    bool isOver(); // well over the target

private:
    void settle(); // counts now if a count is due
    void recount();

    const ArticleDocument &m_document;
    QLabel *m_label;
    QProgressBar *m_bar;
    QTimer m_timer;
};

} // namespace newsroom
