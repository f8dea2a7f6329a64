#!/usr/bin/env python3
"""Writes the synthetic search relevance set: people.tsv (a synthetic population) and cases.tsv
(query -> expected person, by variant class) under src/test/resources/search/relevance/.
Deterministic (fixed seed): run it again and the files come out byte for byte the same.
Any resemblance of a generated person to a real one is chance."""
import datetime
import os
import random

rnd = random.Random(20261122)
OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'test', 'resources', 'search', 'relevance')

FORENAMES = """William Margaret Elizabeth Robert Richard James John Thomas Michael Charles Edward Henry Anthony
Christopher Daniel David Joseph Matthew Nicholas Patrick Peter Samuel Stephen Alexander Andrew Benjamin Jonathan
Joshua Timothy Frederick Oliver Catherine Katherine Jennifer Rebecca Susan Deborah Patricia Jessica Victoria
Christine Dorothy Mary Sarah Hannah Abigail Isabella Amelia Emily Olivia Sophia Mohammed Muhammad Mohamed Ahmed
Ahmad Yusuf Ali Omar Osman Ibrahim Fatima Aisha Maryam Khadija Zainab Oksana Andrei Sergei Yuri Dmitri Olga
Natalia Tatiana Piotr Tomasz Katarzyna Agnieszka Chiamaka Ngozi Kwame Chukwuemeka Siobhan Aoife Ciaran Sean
Priya Anjali Arjun Rohan Grace Lily Freya Chloe Megan Harry Jack Charlie Oscar Leo Noah George Arthur Jacob
Lucy Ella Ruby Evie Poppy Layla Zara Imran Bilal Tariq Nadia Leila Wojciech Bartosz Marta Ewa Jakub Lukasz""".split()

SURNAMES = """Smith Smyth Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Thomson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Clark Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore King Baker Harrison Morgan Allen Khan Hussain Hussein Ahmed Ali Begum Shah Singh
Kaur Sharma Nowak Novak Kowalski Murphy O'Brien Kelly Okafor Mensah Nguyen Chen Wang Reid Reed Read Phillips
Philips Schneider Snyder Fischer Fisher Meyer Mayer Kowalczyk Wisniewski Lewandowski Zielinski Szymanski
Wojcik Kaminski Petrov Ivanov Popescu Rossi Russo Ferrari Esposito Bianchi Romano Colombo MacDonald McDonald
McCarthy Fitzgerald Gallagher Doherty Quinn Chaudhry Choudhury Siddiqui Rahman Rehman Iqbal Akhtar Malik Mirza
Nwosu Adeyemi Okonkwo Boateng Asante Owusu Campbell Stewart Anderson Scott Murray Cameron Graham Robertson
Henderson Sutherland Gordon Fraser Mackenzie Bell Watson Mitchell Paterson Young Hamilton Douglas Ferguson
Thornton Whitaker Ashworth Butterworth Greenwood Sutcliffe Hargreaves Pickering Wainwright Holroyd""".split()

DOUBLE_BARRELLED = ["Smith-Jones", "Taylor-Brown", "Harrison-Ward", "Bowes-Lyon", "Fox-Pitt", "Lloyd-Webber",
                    "Owen-Jones", "Baker-Hughes", "Clarke-Hill", "Khan-Patel", "Morgan-Davies", "Price-Evans",
                    "Wood-Robinson", "Ali-Hassan", "Rees-Mogg", "Hart-Davis", "Scott-Lee", "Bell-Murray"]

NICKNAMES = {}
for line in open(os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'people', 'nicknames.txt')):
    if line.strip() and not line.startswith('#'):
        formal, nicks = line.split(':')
        NICKNAMES[formal.strip()] = [n.strip() for n in nicks.split(',')]
TRANSLIT = []
for line in open(os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'search', 'transliterations.txt')):
    if line.strip() and not line.startswith('#'):
        TRANSLIT.append([n.strip() for n in line.split(',')])

TODAY = datetime.date(2026, 11, 22)


def cap(name):
    return '-'.join(p[:1].upper() + p[1:] for p in name.split('-'))


people = []
seen = set()
while len(people) < 4000:
    forename = rnd.choice(FORENAMES)
    surname = rnd.choice(DOUBLE_BARRELLED) if rnd.random() < 0.06 else rnd.choice(SURNAMES)
    if (forename, surname) in seen:
        continue
    seen.add((forename, surname))
    dob = datetime.date(1940, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 68 * 365))
    alias = ''
    if rnd.random() < 0.1:
        alias = rnd.choice(FORENAMES if rnd.random() < 0.3 else [forename]) + ' ' + rnd.choice(SURNAMES)
    people.append(dict(id=len(people) + 1, forename=forename, surname=surname, dob=dob, alias=alias))


def typo(word, edits=1):
    w = word
    for _ in range(edits):
        i = rnd.randrange(1, len(w))  # the first letter is usually right
        op = rnd.choice(['sub', 'del', 'swap', 'ins'])
        letter = rnd.choice('abcdefghijklmnopqrstuvwxyz')
        if op == 'sub':
            w = w[:i] + letter + w[i + 1:]
        elif op == 'del' and len(w) > 4:
            w = w[:i] + w[i + 1:]
        elif op == 'swap' and i < len(w) - 1:
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        else:
            w = w[:i] + letter + w[i:]
    return w if w.lower() != word.lower() else typo(word, edits)


SOUND_RULES = [('ph', 'f'), ('ck', 'k'), ('th', 't'), ('sch', 'sh'), ('ch', 'tch'), ('ou', 'ow'), ('ai', 'ay'),
               ('ee', 'ea'), ('ie', 'y'), ('ey', 'y'), ('tt', 't'), ('ll', 'l'), ('ss', 's'), ('mm', 'm'),
               ('oo', 'u'), ('y', 'i'), ('i', 'y'), ('c', 'k'), ('k', 'c'), ('z', 's'), ('s', 'z'), ('w', 'v'),
               ('v', 'w'), ('gh', ''), ('wr', 'r'), ('er', 'a'), ('or', 'er'), ('son', 'sen'), ('ski', 'sky')]


def sound_alike(word):
    lower = word.lower()
    options = [(a, b) for a, b in SOUND_RULES if a in lower[1:]]
    if not options:
        return None
    a, b = rnd.choice(options)
    i = lower.index(a, 1)
    out = lower[:i] + b + lower[i + len(a):]
    return cap(out) if out != lower else None


def unique(pred, person):
    return [p for p in people if pred(p)] == [person]


cases = []


def add(cls, query, person):
    cases.append((cls, query, person['id']))


def sample(n, cond):
    pool = [p for p in people if cond(p)]
    rnd.shuffle(pool)
    return pool[:n]


PER = 24
for p in sample(PER, lambda p: True):
    add('exact', f"{p['forename']} {p['surname']}", p)
for p in sample(PER, lambda p: len(p['surname']) >= 5 and '-' not in p['surname']):
    add('fuzzy_1_edit', f"{p['forename']} {cap(typo(p['surname']))}", p)
for p in sample(PER, lambda p: len(p['surname']) >= 7 and len(p['forename']) >= 4 and '-' not in p['surname']):
    add('fuzzy_2_edits', f"{cap(typo(p['forename']))} {cap(typo(p['surname']))}", p)
n = 0
for p in sample(400, lambda p: '-' not in p['surname']):
    alike = sound_alike(p['surname'])
    if alike and n < PER:
        add('phonetic', f"{p['forename']} {alike}", p)
        n += 1
n = 0
for p in sample(400, lambda p: any(p['forename'].lower() in g for g in TRANSLIT)):
    group = next(g for g in TRANSLIT if p['forename'].lower() in g)
    other = rnd.choice([g for g in group if g != p['forename'].lower()])
    if n < PER:
        add('transliteration', f"{cap(other)} {p['surname']}", p)
        n += 1
n = 0
for p in sample(400, lambda p: p['forename'].lower() in NICKNAMES):
    if n < PER:
        add('nickname', f"{cap(rnd.choice(NICKNAMES[p['forename'].lower()]))} {p['surname']}", p)
        n += 1
for p in sample(PER, lambda p: True):
    add('swapped_names', f"{p['surname']} {p['forename']}", p)
for p in sample(PER, lambda p: True):
    add('surname_first_comma', f"{p['surname']}, {p['forename']}", p)
for p in sample(PER, lambda p: '-' in p['surname']):
    part = rnd.choice(p['surname'].split('-'))
    add('double_barrelled_part', f"{p['forename']} {part}", p)
n = 0
for p in sample(800, lambda p: True):
    if n < PER and unique(lambda q: q['surname'] == p['surname'] and q['dob'].year == p['dob'].year, p):
        add('dob_year_only', f"{p['surname']} {p['dob'].year}", p)
        n += 1
for p in sample(PER, lambda p: p['dob'].day <= 12 and p['dob'].day != p['dob'].month):
    add('dob_day_month_swapped', f"{p['surname']} {p['dob'].month:02d}/{p['dob'].day:02d}/{p['dob'].year}", p)
n = 0
for p in sample(800, lambda p: True):
    age = TODAY.year - p['dob'].year - ((TODAY.month, TODAY.day) < (p['dob'].month, p['dob'].day))
    lo = age - rnd.randrange(0, 3)
    hi = lo + 4
    def in_range(q):
        a = TODAY.year - q['dob'].year - ((TODAY.month, TODAY.day) < (q['dob'].month, q['dob'].day))
        return lo <= a <= hi
    if n < PER and unique(lambda q: q['surname'] == p['surname'] and in_range(q), p):
        add('age_range', f"{p['surname']} aged {lo}-{hi}", p)
        n += 1
for p in sample(PER, lambda p: p['alias']):
    add('alias', p['alias'], p)
for p in sample(PER, lambda p: len(p['surname']) >= 5 and '-' not in p['surname']):
    add('misspelt_name_with_dob', f"{p['forename']} {cap(typo(p['surname']))} {p['dob'].day:02d}/{p['dob'].month:02d}/{p['dob'].year}", p)
n = 0
for p in sample(800, lambda p: True):
    if n < PER and unique(lambda q: q['surname'] == p['surname'] and q['forename'][0] == p['forename'][0]
                          and q['dob'].year == p['dob'].year, p):
        add('initial_and_year', f"{p['forename'][0]} {p['surname']} {p['dob'].year}", p)
        n += 1

# Names written as one word or two ("Janmohamed" / "Jan Mohamed", "McDonald" / "Mc Donald"), added after the
# rest with a random source of their own, so the people and cases above stay as they were. Each name is recorded
# one way only and typed the other; half of them have a distractor with the second part alone as surname.
SPACED = [("Jan", "Mohamed"), ("Mc", "Donald"), ("Mac", "Kenzie"), ("O", "Brien"), ("Mc", "Carthy"), ("Van", "Dyke"),
          ("De", "Souza"), ("Le", "Roux"), ("Di", "Marco"), ("Abdul", "Rahman"), ("Ben", "Ali"), ("Fitz", "Gerald"),
          ("Da", "Silva"), ("Al", "Hassan"), ("El", "Sayed"), ("Mc", "Laughlin"), ("Du", "Pont"), ("La", "Fontaine"),
          ("Von", "Berg"), ("Ter", "Horst"), ("Mac", "Leod"), ("Noor", "Mohamed"), ("Mc", "Bride"), ("St", "Clair")]
spaced_rnd = random.Random(20261206)
for i, (first, second) in enumerate(SPACED):
    forename = spaced_rnd.choice(FORENAMES)
    joined = first + second.lower()
    spaced = first + ' ' + second
    recorded_joined = i % 2 == 0
    dob = datetime.date(1940, 1, 1) + datetime.timedelta(days=spaced_rnd.randrange(0, 68 * 365))
    person = dict(id=len(people) + 1, forename=forename, surname=joined if recorded_joined else spaced, dob=dob,
                  alias='')
    people.append(person)
    if spaced_rnd.random() < 0.5:
        people.append(dict(id=len(people) + 1, forename=forename, surname=second,
                           dob=datetime.date(1940, 1, 1) + datetime.timedelta(days=spaced_rnd.randrange(0, 68 * 365)),
                           alias=''))
    add('written_as_one_or_two_words', f"{forename} {spaced if recorded_joined else joined}", person)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, 'people.tsv'), 'w') as f:
    f.write('# id\tforename\tsurname\tdate_of_birth\talias (forename surname)\n')
    for p in people:
        f.write(f"{p['id']}\t{p['forename']}\t{p['surname']}\t{p['dob']}\t{p['alias']}\n")
with open(os.path.join(OUT, 'cases.tsv'), 'w') as f:
    f.write('# variant class\tquery as typed\texpected person id\n')
    for c in cases:
        f.write(f"{c[0]}\t{c[1]}\t{c[2]}\n")
print(len(people), 'people', len(cases), 'cases')
