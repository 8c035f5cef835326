// Placeholder: filled in by the screen's own work.
export function FollowUpScreen() {
  return (
    <section className="screen" data-screen="followup">
      <h1>ติดตามผลการดำเนินงานรายเดือน</h1>
    </section>
  );
}
