import { data, Link } from 'react-router';
import { Header } from '../components/header';

export function meta() {
  return [{ title: 'Page introuvable – OpenCRCN' }];
}

// The 404 status matters for crawlers and monitoring, not only the text.
export function loader() {
  return data(null, { status: 404 });
}

export default function Introuvable() {
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Page introuvable</h1>
        <p>La page que vous cherchez n'existe pas ou a été déplacée.</p>
        <p><Link to="/profil">Retour à mon profil</Link></p>
      </main>
    </>
  );
}
