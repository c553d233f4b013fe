import { useSearchParams } from 'react-router';
import { durationFromParams } from '../due-date-values';
import { DueDateCalculator } from './due-date-calculator';
import { WorkingDaysCounter } from './working-days-counter';

/** Both calculators side by side (stacked on a phone); a legal time in the address fills the first. */
export function DueDateTool() {
  const [params] = useSearchParams();
  return (
    <div className="tool-grid">
      <DueDateCalculator initial={durationFromParams(params)} />
      <WorkingDaysCounter />
    </div>
  );
}
