#include "LengthProgress.h"

#include "ArticleDocument.h"
#include "model/WordCount.h"
#include "settings/PaletteColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <algorithm>

namespace newsroom {

LengthProgress::LengthProgress(const ArticleDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_label(new QLabel), m_bar(new QProgressBar)
{
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(fontMetrics().averageCharWidth() * 12, fontMetrics().height() * 2 / 3);
    m_bar->setAccessibleName(tr("Length against the target"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kCountDelay);
    connect(&m_timer, &QTimer::timeout, this, &LengthProgress::recount);
    connect(&m_document, &ArticleDocument::loaded, this, &LengthProgress::recount);
    connect(&m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Body)
            m_timer.start();
        else if (field == ArticleField::WordTarget)
            recount();
    });
    recount();
}

void LengthProgress::settle()
{
    if (m_timer.isActive())
        recount();
}

QString LengthProgress::text()
{
    settle();
    return m_label->text();
}

int LengthProgress::percent()
{
    settle();
    return m_bar->isHidden() ? -1 : m_bar->value();
}

bool LengthProgress::isOver()
{
    settle();
    return palettecolors::isNegative(m_label);
}

void LengthProgress::recount()
{
    m_timer.stop();
    const int words = wordcount::count(m_document.article().body);
    const int target = m_document.article().wordTarget;
    const int minutes = wordcount::readingMinutes(words);
    if (target <= 0) {
        m_label->setText(tr("Words: %L1 · Reading time: %2 min").arg(words).arg(minutes));
        m_label->setToolTip(tr("Set a length target in the Details panel"));
        palettecolors::setNegative(m_label, false);
        m_bar->hide();
        return;
    }
    m_label->setText(
        tr("Words: %L1 of %L2 · Reading time: %3 min").arg(words).arg(target).arg(minutes));
    const bool over = words > target * (1 + kSlack);
    palettecolors::setNegative(m_label, over);
    m_label->setToolTip(words <= target
                            ? tr("%n word(s) to go", nullptr, target - words)
                            : tr("%n word(s) over the target", nullptr, words - target));
    m_bar->setToolTip(m_label->toolTip());
    m_bar->setRange(0, 100);
    m_bar->setValue(int(std::min<qint64>(100, qint64(words) * 100 / target)));
    m_bar->show();
}

} // namespace newsroom
