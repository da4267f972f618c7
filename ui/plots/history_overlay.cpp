#include "ui/plots/history_overlay.h"

#include <qcustomplot.h>

#include <algorithm>

#include "core/model/analytic.h"
#include "ui/plots/change_description.h"
#include "ui/plots/plot_style.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {

double steadyStateOf(const ModelSetup& setup) {
    return analytic::steadyStateVoltage_mV(setup.parameters, setup.stimulus.amplitude());
}

}  // namespace

HistoryOverlay::HistoryOverlay(std::shared_ptr<const RunHistory> history, QCustomPlot* plot, QCPAxisRect* voltageRect,
                               QCPAxisRect* inputRect, QCPGraph* threshold, QCPGraph* steadyState)
    : history_(std::move(history)),
      plot_(plot),
      voltageRect_(voltageRect),
      inputRect_(inputRect),
      threshold_(threshold),
      steadyState_(steadyState) {
    wallClock_.start();
}

QStringList HistoryOverlay::labels() const {
    QStringList labels;
    for (const Mark& mark : marks_) {
        labels << mark.label->text();
    }
    return labels;
}

void HistoryOverlay::clear() {
    for (Mark& mark : marks_) {
        removeMark(mark);
    }
    marks_.clear();
    steadyStateLevels_.clear();
    threshold_->data()->clear();
    steadyState_->data()->clear();
    started_ = false;
}

void HistoryOverlay::noteChange(double t_ms) {
    if (!started_) {
        started_ = true;  // the run's start: the level lines begin here
        return;
    }
    ModelSetup before;
    ModelSetup after;
    if (!changeAt(t_ms, before, after)) {
        return;  // the setup in force was submitted again: nothing changed
    }
    const qint64 now = wallClock_.elapsed();
    const auto sameKnob = [&](const Mark& mark) {
        const QStringList marked = changedNames(this->before(mark), history_->setupAt(mark.last_ms));
        const QStringList changing = changedNames(before, after);
        return std::all_of(changing.begin(), changing.end(),
                           [&](const QString& name) { return marked.contains(name); });
    };
    if (!marks_.empty() && (marks_.back().last_ms == t_ms ||
                            (now - marks_.back().lastUpdate_ms < kMarkMergeWall_ms && sameKnob(marks_.back())))) {
        Mark& mark = marks_.back();
        mark.last_ms = t_ms;
        mark.lastUpdate_ms = now;
        const QString text = describe(mark);
        if (text.isEmpty()) {  // dragged back to where it started
            removeMark(mark);
            marks_.pop_back();
        } else {
            mark.label->setText(text);
        }
        return;
    }
    addMark(t_ms);
}

bool HistoryOverlay::changeAt(double t_ms, ModelSetup& before, ModelSetup& after) const {
    // Each record() is a change of its own, so there may be several at one instant: together they are one.
    bool found = false;
    history_->forEachChange(t_ms, t_ms, [&](double /*t*/, const ModelSetup& b, const ModelSetup& a) {
        if (!found) {
            before = b;
        }
        after = a;
        found = true;
    });
    return found;
}

ModelSetup HistoryOverlay::before(const Mark& mark) const {
    ModelSetup before;
    ModelSetup after;
    return changeAt(mark.t_ms, before, after) ? before : history_->setupAt(mark.t_ms);
}

QString HistoryOverlay::describe(const Mark& mark) const {
    return describeChange(before(mark), history_->setupAt(mark.last_ms));
}

void HistoryOverlay::addMark(double t_ms) {
    Mark mark;
    mark.t_ms = t_ms;
    mark.last_ms = t_ms;
    mark.lastUpdate_ms = wallClock_.elapsed();
    const QPen markPen = plotPen(palette::muted(), 1.0, Qt::DashDotLine);
    const auto line = [&](QCPAxisRect* rect) {
        auto* item = new QCPItemStraightLine(plot_);
        item->setClipAxisRect(rect);
        for (QCPItemPosition* point : {item->point1, item->point2}) {
            point->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            point->setAxisRect(rect);
        }
        item->point1->setCoords(t_ms, 0.0);
        item->point2->setCoords(t_ms, 1.0);
        item->setPen(markPen);
        return item;
    };
    mark.voltageLine = line(voltageRect_);
    mark.inputLine = line(inputRect_);
    mark.label = new QCPItemText(plot_);
    mark.label->setClipAxisRect(voltageRect_);
    mark.label->position->setAxes(voltageRect_->axis(QCPAxis::atBottom), voltageRect_->axis(QCPAxis::atLeft));
    mark.label->position->setAxisRect(voltageRect_);
    mark.label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    mark.label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    const int row = static_cast<int>(marks_.size() % 3);
    mark.label->position->setCoords(t_ms, 0.015 + 0.07 * row);
    mark.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    mark.label->setPadding(QMargins(3, 1, 3, 1));
    mark.label->setBrush(QBrush(QColor(255, 255, 255, 225)));
    mark.label->setColor(palette::ink());
    QFont font = mark.label->font();
    font.setPointSizeF(9.0);
    mark.label->setFont(font);
    mark.label->setText(describe(mark));
    marks_.push_back(mark);
}

void HistoryOverlay::removeMark(Mark& mark) {
    plot_->removeItem(mark.voltageLine);
    plot_->removeItem(mark.inputLine);
    plot_->removeItem(mark.label);
    mark.voltageLine = nullptr;
    mark.inputLine = nullptr;
    mark.label = nullptr;
}

void HistoryOverlay::trimBefore(double t_ms) {
    while (!marks_.empty() && marks_.front().t_ms < t_ms) {
        removeMark(marks_.front());
        marks_.erase(marks_.begin());
    }
}

void HistoryOverlay::updateLevels(double from_ms, double to_ms) {
    QVector<double> keys;
    QVector<double> thresholds;
    QVector<double> steadyStates;
    steadyStateLevels_.clear();
    const auto add = [&](double t, const ModelSetup& setup) {
        keys.push_back(t);
        thresholds.push_back(setup.parameters.Vth);
        steadyStates.push_back(steadyStateOf(setup));
        steadyStateLevels_.push_back(steadyStates.back());
    };
    if (started_) {
        add(from_ms, history_->setupAt(from_ms));
        history_->forEachChange(from_ms, to_ms, [&](double t, const ModelSetup& /*before*/, const ModelSetup& after) {
            if (t > from_ms) {  // one at from_ms is already in setupAt(from_ms)
                add(t, after);
            }
        });
        keys.push_back(std::max(to_ms, keys.back()));
        thresholds.push_back(thresholds.back());
        steadyStates.push_back(steadyStates.back());
    }
    threshold_->setData(keys, thresholds, true);
    steadyState_->setData(keys, steadyStates, true);
}

}  // namespace lif::ui
