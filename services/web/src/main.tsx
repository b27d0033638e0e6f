import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { homeOf } from './home';
import { Approvals } from './pages/Approvals';
import { AuditorHome } from './pages/audit/AuditorHome';
import { AuditTrail } from './pages/audit/AuditTrail';
import { Timeline } from './pages/audit/Timeline';
import { Verification } from './pages/audit/Verification';
import { FactKinds } from './pages/admin/FactKinds';
import { FactPage } from './pages/admin/FactPage';
import { FrameworkEditor } from './pages/admin/FrameworkEditor';
import { Import } from './pages/admin/Import';
import { Joining } from './pages/admin/Joining';
import { PersonalData } from './pages/admin/PersonalData';
import { PersonRecord } from './pages/admin/PersonRecord';
import { Policies } from './pages/admin/Policies';
import { PolicyEditor } from './pages/admin/PolicyEditor';
import { Retention } from './pages/admin/Retention';
import { StaffSearch } from './pages/admin/StaffSearch';
import { OpenVacancyPage, Vacancies, VacancyStep } from './pages/admin/Vacancies';
import { Case } from './pages/Case';
import { AllocateCase } from './pages/caseload/AllocateCase';
import { CensusPreviewPage } from './pages/census/CensusPreview';
import { MyCases } from './pages/MyCases';
import { Person } from './pages/Person';
import { RequestRegrade } from './pages/RequestRegrade';
import { SignIn } from './pages/SignIn';
import { Team } from './pages/Team';
import { Welcome } from './pages/Welcome';
import { SessionProvider, useSession } from './session';
import './styles.scss';

// The dashboard's charts (Observable Plot, most of the app's weight) load only for the page
// that draws them, so nobody else downloads them.
const PlannerDashboard = lazy(() =>
  import('./pages/planner/Dashboard').then((m) => ({ default: m.PlannerDashboard })),
);

// The page paths; services/api/src/http/web-app.ts serves index.html for exactly these.
const Home = () => {
  const { session } = useSession();
  if (session === undefined) return <p className="govuk-body">Loading…</p>;
  return <Navigate to={session === null ? '/sign-in' : homeOf(session.user)} replace />;
};

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/sign-in" element={<SignIn />} />
          <Route path="/welcome" element={<Welcome />} />
          <Route path="/team" element={<Team />} />
          <Route path="/people/:staffId" element={<Person />} />
          <Route path="/people/:staffId/regrade" element={<RequestRegrade />} />
          <Route path="/my-cases" element={<MyCases />} />
          <Route path="/approvals" element={<Approvals />} />
          <Route path="/cases/:caseId" element={<Case />} />
          <Route path="/caseload/:caseReference" element={<AllocateCase />} />
          <Route path="/auditor" element={<AuditorHome />} />
          <Route path="/auditor/trail" element={<AuditTrail />} />
          <Route path="/auditor/people/:staffId" element={<Timeline />} />
          <Route path="/auditor/verification" element={<Verification />} />
          <Route
            path="/planner"
            element={
              <Suspense
                fallback={
                  <p className="govuk-body" role="status">
                    Loading…
                  </p>
                }
              >
                <PlannerDashboard />
              </Suspense>
            }
          />
          <Route path="/census" element={<CensusPreviewPage />} />
          <Route path="/admin/staff" element={<StaffSearch />} />
          <Route path="/admin/staff/new" element={<Joining />} />
          <Route path="/admin/people/:staffId" element={<PersonRecord />} />
          <Route path="/admin/people/:staffId/facts" element={<FactKinds />} />
          <Route path="/admin/people/:staffId/facts/:segment" element={<FactPage />} />
          <Route path="/admin/vacancies" element={<Vacancies />} />
          <Route path="/admin/vacancies/new" element={<OpenVacancyPage />} />
          <Route path="/admin/vacancies/:vacancyId/:step" element={<VacancyStep />} />
          <Route path="/admin/policies" element={<Policies />} />
          <Route path="/admin/policies/:family" element={<PolicyEditor />} />
          <Route path="/admin/frameworks/:family" element={<FrameworkEditor />} />
          <Route path="/admin/import" element={<Import />} />
          <Route path="/admin/personal-data" element={<PersonalData />} />
          <Route path="/admin/retention" element={<Retention />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
