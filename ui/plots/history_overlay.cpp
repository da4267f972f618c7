#include "ui/plots/history_overlay.h"

#include <qcustomplot.h>

#include <algorithm>

#include "core/model/theory_drive.h"
#include "ui/plots/change_description.h"
#include "ui/plots/plot_style.h"
#include "ui/style/palette.h"

namespace lif::ui {

HistoryOverlay::HistoryOverlay(std::shared_ptr<const RunHistory> history, QCustomPlot* plot, QCPAxisRect* voltageRect,
                               QCPAxisRect* inputRect, QCPGraph* threshold, QCPGraph* steadyState)
    : history_(std::move(history)),
      plot_(plot),
      voltageRect_(voltageRect),
      inputRect_(inputRect),
      threshold_(threshold),
      steadyState_(steadyState) {
    // V_inf(t) comes with both sides of every break (a vertical edge is two points at one time) and ramps and
    // sines between them, so it is joined by straight lines, not drawn as steps.
    steadyState_->setLineStyle(QCPGraph::lsLine);
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
    QVector<double> steadyKeys;
    QVector<double> steadyStates;
    steadyStateLevels_.clear();
    if (started_) {
        // Each setup's span: the threshold is one level, V_inf(t) follows the drive the neuron gets (a step's
        // off phase, each pulse, the ramp, the sine; the mean of noise), from the core's theory.
        std::vector<std::pair<double, ModelSetup>> spans{{from_ms, history_->setupAt(from_ms)}};
        history_->forEachChange(from_ms, to_ms, [&](double t, const ModelSetup& /*before*/, const ModelSetup& after) {
            if (t > from_ms) {  // one at from_ms is already in setupAt(from_ms)
                spans.emplace_back(t, after);
            }
        });
        const double end = std::max(to_ms, spans.back().first);
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const auto& [t, setup] = spans[i];
            const double until = i + 1 < spans.size() ? spans[i + 1].first : end;
            keys.push_back(t);
            thresholds.push_back(setup.parameters.Vth);
            for (const theory::LevelPoint& point : theory::steadyStateCurve(setup, t, until)) {
                steadyKeys.push_back(point.t_ms);
                steadyStates.push_back(point.v_mV);
                steadyStateLevels_.push_back(point.v_mV);
            }
        }
        keys.push_back(end);
        thresholds.push_back(thresholds.back());
    }
    threshold_->setData(keys, thresholds, true);
    steadyState_->setData(steadyKeys, steadyStates, true);
}

double HistoryOverlay::steadyStateAt(double t_ms) const {
    return theory::steadyStateAt(history_->setupAt(t_ms), t_ms);
}

}  // namespace lif::ui
