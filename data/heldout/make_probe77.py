#!/usr/bin/env python3
"""Builds probe77.jsonl: 60 synthetic long-form chat logs (30 grooming /
loverboy-recruitment positives, 30 hard negatives) for the lurewatch detector.

Deterministic: all randomness comes from random.Random(77).  Each item is a
hand-written core (the cues and the relationship) with ordinary filler
exchanges (school, family, music, games, food, weekend, work) inserted at the
"F" markers until the item reaches its target length.  Content is
non-explicit by design.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

R = random.Random(77)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe77.jsonl")

# ---------------------------------------------------------------- slots
SLOTS = {
    "subj": ["science", "history", "geography", "french", "english", "chem",
             "bio", "art", "music", "spanish", "computing", "RE"],
    "game": ["Minecraft", "Roblox", "Fortnite", "Rocket League", "Valorant",
             "Apex", "Brawl Stars", "Mario Kart", "Among Us", "FIFA"],
    "band": ["Glasshouse Kids", "Lumen Drive", "Saffie Rae", "Midnight Orchard",
             "Kilo Bloom", "Tessa Moon", "North Arcade", "Paper Comets"],
    "show": ["Hollow Pines", "The Lantern Files", "Static Town", "Bright Hour",
             "Northbound", "Ferris Lane", "The Quiet Year"],
    "sib": ["my brother", "my sister", "my little brother", "my big sister",
            "my little sister"],
    "pet": ["puppy", "kitten", "rabbit", "guinea pig"],
    "day": ["saturday", "sunday", "friday"],
    "snack": ["crisps", "biscuits", "popcorn", "gummies"],
}
REGION_SLOTS = {
    "US": {"mum": ["mom"], "food": ["tacos", "mac and cheese", "wings", "pizza", "chili"],
           "trainers": ["sneakers"], "sport": ["soccer", "basketball", "volleyball"],
           "snack": ["chips", "pretzels", "popcorn"], "subj_m": ["math"]},
    "UK": {"mum": ["mum"], "food": ["a chippy tea", "a meal deal", "jacket potato", "pasta bake", "fish fingers"],
           "trainers": ["trainers"], "sport": ["football", "netball", "hockey"], "subj_m": ["maths"]},
    "IE": {"mum": ["mam"], "food": ["a chicken fillet roll", "chips from the chipper", "coddle", "spice bag", "stew"],
           "trainers": ["runners"], "sport": ["camogie", "hurling", "football"], "subj_m": ["maths"]},
    "SC": {"mum": ["mum", "maw"], "food": ["a chippy", "mince and tatties", "a roll and sausage", "stovies"],
           "trainers": ["trainers"], "sport": ["football", "shinty", "netball"], "subj_m": ["maths"]},
    "CA": {"mum": ["mom"], "food": ["poutine", "timbits", "butter chicken", "perogies", "kraft dinner"],
           "trainers": ["runners", "sneakers"], "sport": ["hockey", "soccer", "lacrosse"], "subj_m": ["math"]},
    "AU": {"mum": ["mum"], "food": ["a sausage sizzle", "maccas", "a meat pie", "fish and chips", "spag bol"],
           "trainers": ["runners"], "sport": ["netball", "footy", "cricket"],
           "snack": ["Tim Tams", "chips", "Shapes"], "subj_m": ["maths"]},
    "ZA": {"mum": ["mom", "ma"], "food": ["bunny chow", "a boerie roll", "vetkoek", "pap and wors", "kota"],
           "trainers": ["takkies"], "sport": ["netball", "rugby", "soccer"],
           "snack": ["Niknaks", "chips", "biltong"], "subj_m": ["maths"]},
    "IN": {"mum": ["mummy", "mom"], "food": ["maggi", "biryani", "pav bhaji", "rajma chawal", "dosa"],
           "trainers": ["shoes"], "sport": ["cricket", "badminton", "football"],
           "snack": ["Kurkure", "chips", "biscuits"], "subj_m": ["maths"]},
    "NG": {"mum": ["mummy", "my mum"], "food": ["jollof", "suya", "puff-puff", "indomie", "fried rice and plantain"],
           "trainers": ["sneakers"], "sport": ["football", "basketball"],
           "snack": ["chin chin", "plantain chips", "biscuits"], "subj_m": ["maths"]},
    "PH": {"mum": ["mama", "mom"], "food": ["adobo", "sinigang", "pancit", "halo-halo", "Jollibee"],
           "trainers": ["rubber shoes"], "sport": ["volleyball", "basketball", "badminton"],
           "snack": ["chicharon", "chips", "pandesal"], "subj_m": ["math"]},
}


def fill(text, region, rng):
    def rep(m):
        key = m.group(1)
        reg = REGION_SLOTS.get(region, REGION_SLOTS["US"])
        if key == "subj" and rng.random() < 0.25:
            return rng.choice(reg["subj_m"])
        if key in reg:
            return rng.choice(reg[key])
        return rng.choice(SLOTS[key])
    return re.sub(r"\{(\w+)\}", rep, text)


# ---------------------------------------------------------------- styles
TXT = [(r"\byou're\b", "ur"), (r"\byou\b", "u"), (r"\byour\b", "ur"),
       (r"\bare\b", "r"), (r"\bokay\b", "ok"), (r"\btomorrow\b", "tmrw"),
       (r"\bbecause\b", "bc"), (r"\bplease\b", "pls"), (r"\breally\b", "rly"),
       (r"\bthough\b", "tho"), (r"\bpeople\b", "ppl"), (r"\bprobably\b", "prob"),
       (r"\bsomething\b", "smth"), (r"\btonight\b", "tn"), (r"\bwith\b", "w")]


def styled(text, style):
    if text.startswith("="):
        return text[1:]
    if style == "raw":
        return text
    if style in ("lower", "txt"):
        t = text.lower().rstrip()
        if t.endswith(".") and not t.endswith(".."):
            t = t[:-1]
        if style == "txt":
            for a, b in TXT:
                t = re.sub(a, b, t)
        return t
    if style in ("caps", "formal"):
        t = text.strip()
        t = re.sub(r"\bi\b", "I", t)
        t = re.sub(r"\bi'(m|ll|ve|d)\b", lambda m: "I'" + m.group(1), t)
        if t and t[0].isalpha():
            t = t[0].upper() + t[1:]
        if style == "formal" and t and t[-1].isalnum():
            t += "."
        return t
    return text


# ---------------------------------------------------------------- filler
BLOCKS = []  # dicts: reg, topic, lines[(role, text)], used


def B(reg, topic, body):
    lines = []
    for raw in body.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        role, text = raw[0], raw[2:]
        assert role in "KO", raw
        lines.append((role, text))
    BLOCKS.append({"reg": reg, "topic": topic, "lines": lines, "used": 0,
                   "n": len(BLOCKS)})


# ---- teen register: K is a young person talking about their own life
B("t", "school", """
K ugh {subj} was so boring today
O what were you doing
K worksheets. the whole hour. she didnt even talk
O lol thats kinda the dream though
K not when youre falling asleep on the desk
""")
B("t", "school", """
O how was school
K long
K we had a fire drill in the rain and everyone got soaked
O nooo
K my socks are still wet
""")
B("t", "school", """
K test in {subj} tomorrow and i havent even opened the book
O how long have you got
K like one evening lol
O you got this
K i really dont
""")
B("t", "school", """
K someone threw a yoghurt in the canteen today
O why
K no idea. it hit a dinner lady
O im crying
K whole year got a talk after lunch
""")
B("t", "school", """
K we got put in groups for a project and im with people i dont even talk to
O thats the worst
K one of them already said hes not doing anything
O classic
K im gonna end up doing all of it again
""")
B("t", "school", """
O did you get your report back
K yeah
K mostly fine. {subj} was bad
O how bad
K bad enough that my {mum} did the face
""")
B("t", "school", """
K my friend moved seats so now i sit on my own in {subj}
O aw
K its fine i can actually hear the teacher now
O silver lining
""")
B("t", "school", """
K trip form is due friday and i lost it
O ask for another one
K i did. they ran out
O lmao
K im just gonna write it out on paper myself
""")
B("t", "school", """
K sub teacher today let us watch a film
O which one
K some old one about a dog. half the class cried
O did you
K no. maybe. shut up
""")
B("t", "school", """
K i got picked for the quiz team
O thats sick
K its literally four nerds in a room with buzzers
O proud of you though
K ok thanks lol
""")
B("t", "school", """
K our bus broke down on the way in
O did you have to walk
K we waited like 40 min at the side of the road
O at least you missed first period
K it was PE so yes worth it
""")
B("t", "school", """
K we have a new kid in our class
O from where
K moved from another city. hes kinda quiet
O be nice to him
K i am! i lent him a pen
""")
B("t", "school", """
K its so hot i cant think
O same
K our school doesnt have aircon
O that should be illegal
K we're basically melting in {subj}
""")
B("t", "family", """
K {sib} took my charger again
O hide it
K i did. they found it
O lol
K im putting a lock on my door
""")
B("t", "family", """
K my {mum} is making me clean my room before i can go anywhere
O how bad is it
K you cant see the floor
O start with the clothes
K thats literally all of it
""")
B("t", "family", """
K we're going to my nan's for sunday dinner
O fun?
K the food is. my cousins are so loud
O how many cousins
K like nine and theyre all under eight
""")
B("t", "family", """
K my dad tried to use slang at dinner
O oh no
K he said the potatoes were bussin
O im deceased
K {sib} actually left the table
""")
B("t", "family", """
K we got a {pet}!!
O omg whats its name
K still arguing about it
K {sib} wants to call it nugget
O nugget is elite
""")
B("t", "family", """
K my parents are arguing about where to go in the summer
O whats the options
K camping or my aunts house
O both sound
K yeah exactly
""")
B("t", "family", """
K my {mum} found out i was up till 2
O how
K screen time report
O rip
K phone goes in the kitchen at 10 now
""")
B("t", "family", """
K grandad is staying with us this week
O good or bad
K good he makes pancakes every morning
O jealous
K he puts way too much sugar in but im not complaining
""")
B("t", "family", """
K {sib} passed their driving test
O nice
K and now they think theyre an f1 driver
O lol
K drove me to the shop like it was a victory lap
""")
B("t", "music", """
K have you heard the new {band} song
O not yet is it good
K its been on repeat since this morning
O ill listen later
K the bridge is unreal
""")
B("t", "music", """
O what you listening to
K {band}
K gone back to their old stuff
O old stuff is better tbh
K finally someone gets it
""")
B("t", "music", """
K im learning guitar off youtube
O hows it going
K my fingers hurt so bad
O thats normal i think
K i can play like half a song now
""")
B("t", "music", """
K {band} are touring but tickets are like 90
O oof
K gonna ask for them for christmas
O worth a try
K my {mum} will say no but worth a try
""")
B("t", "music", """
K the choir teacher wants me to do a solo
O do it
K im so nervous
O youll be fine
K i might faint on stage
""")
B("t", "games", """
K i finally got past that level in {game}
O which one
K the one with the boss that kept one shotting me
O gg
K took me three days
""")
B("t", "games", """
O you on {game} tonight?
K maybe after dinner
O ok
K if my {mum} lets me
""")
B("t", "games", """
K my controller drift is so bad
O get a new one
K with what money
O fair
K im playing with the stick pointing at the sky
""")
B("t", "games", """
K someone in my lobby was so toxic
O what happened
K kept saying i was trash because i died once
O block
K reported and blocked
""")
B("t", "games", """
K theyre adding a new map in {game}
O when
K next week i think
O hype
K its gonna be so laggy for days
""")
B("t", "games", """
K i lost my whole world in {game}
O how??
K {sib} deleted it to make space
O nooo
K three months of building. gone
""")
B("t", "games", """
K i got a win last night
O no way
K solo too
O screenshot or it didnt happen
K forgot to take one
""")
B("t", "food", """
O what did you have for dinner
K {food}
O nice
K it was ok. my {mum} burnt the bottom
""")
B("t", "food", """
K im starving and theres nothing in the house
O toast?
K no bread
O cereal?
K no milk
O water then lol
""")
B("t", "food", """
K we got {food} from the place near school
O good?
K amazing. best thing all week
O now im hungry
""")
B("t", "food", """
K i tried to bake cookies
O how did it go
K theyre one giant cookie now
O still counts
K thats what i said
""")
B("t", "food", """
K my {mum} is on a health kick so we all are
O what does that mean
K no {snack}. no fizzy drinks
O thats cruel
K i have a stash in my wardrobe
""")
B("t", "weekend", """
O doing anything this weekend
K probably not
K maybe cinema if my friends actually reply
O whats on
K some horror one
""")
B("t", "weekend", """
K its gonna rain all weekend
O perfect for staying in
K i was meant to have a {sport} match
O cancelled?
K probably
""")
B("t", "weekend", """
K we went to the beach yesterday
O nice
K it was freezing but {sib} went in anyway
O brave
K stupid more like
""")
B("t", "weekend", """
K i have a {sport} tournament on {day}
O good luck
K we're gonna lose we always lose
O positive thinking
K ok we're gonna lose positively
""")
B("t", "weekend", """
K my friends party is at the trampoline park
O fun
K last time i sprained my ankle there
O be careful lol
K no promises
""")
B("t", "sport", """
K coach made us run laps for being late
O how many
K ten. i nearly died
O were you late
K by one minute
""")
B("t", "sport", """
K i scored today
O yesss
K it basically hit my knee and went in
O still counts
K im telling everyone it was on purpose
""")
B("t", "misc", """
K im so tired
O go sleep
K cant its 8pm
O lol
K ill be asleep by 9 watch
""")
B("t", "misc", """
K my screen cracked
O how
K dropped it on the bathroom floor
O rip
K still works if you dont look at the top corner
""")
B("t", "misc", """
K i dyed my hair
O what colour
K it was meant to be purple its kind of grey
O grey is in
K youre just being nice
""")
B("t", "misc", """
K dentist tomorrow
O fun
K theyre gonna tell me to floss
O do you floss
K no
""")
B("t", "misc", """
O you good? you went quiet
K yeah sorry was watching {show}
O good?
K so good. the end of episode 4 though
""")
B("t", "misc", """
K have you seen {show}
O no whats it about
K kids in a weird town and theres a monster
O sounds like every show
K its better than it sounds i swear
""")
B("t", "misc", """
K i saw a dog in a raincoat today
O cute
K it had little boots too
O i need a dog
K same
""")
B("t", "misc", """
K me and my friend arent talking right now
O what happened
K long story. she told someone something i said
O thats not cool
K yeah. whatever
""")
B("t", "misc", """
K the wifi is so bad today
O restart the router
K my dad says not to touch it
O classic
K its been blinking orange for an hour
""")
B("t", "misc", """
K saving up for new {trainers}
O which ones
K the white ones everyone has
O how much
K too much. three more weeks of doing the dishes
""")
B("t", "misc", """
K my {mum} signed me up for swimming lessons
O do you like swimming
K i like the vending machine after
O valid
""")
B("t", "misc", """
K i had the weirdest dream
O about what
K i was late for an exam but the exam was in a supermarket
O lmao
K and the teacher was a goose
""")
B("t", "misc", """
K i cleaned my whole room and nobody noticed
O i noticed
K you cant even see it
O i believe in it
K thank you
""")
B("t", "misc", """
K its snowing!!
O for real?
K like a tiny bit. it wont stick
O still counts
K school better close
""")

# ---- adult register: K is an adult talking about work / home
B("a", "work", """
K work was a nightmare today
O what happened
K printer died and everyone acted like it was my fault
O was it
K ...maybe
""")
B("a", "food", """
O did you eat
K not yet still at my desk
O go eat
K five more minutes
""")
B("a", "home", """
K landlord finally fixed the boiler
O about time
K three weeks of cold showers
O heroic
K never again
""")
B("a", "work", """
K my manager put a meeting in at 4:55 on a friday
O criminal
K its about communication
O the irony
""")
B("a", "home", """
K gym was packed
O new year crowd?
K its march
O optimists
K theyll be gone by april
""")
B("a", "home", """
K my car's making that noise again
O what kind
K like a sad whale
O thats not good
K mechanic on thursday
""")
B("a", "tv", """
K finally finished {show}
O and?
K the finale was a mess
O told you
K dont
""")
B("a", "home", """
K rent's going up again
O by how much
K enough to hurt
O ugh
K might look for somewhere smaller
""")
B("a", "family", """
O hows your mum doing
K better. shes home from the clinic
O good. tell her i said hi
K will do
""")
B("a", "home", """
K bought a plant
O youll kill it
K its a cactus
O youll still kill it
""")
B("a", "work", """
K train cancelled again
O of course
K standing on the platform like a lost sheep
O get a coffee
K already on my second
""")
B("a", "home", """
K my neighbour is drilling at 7am
O on a saturday?
K every saturday
O leave a note
K passive aggressive note it is
""")
B("a", "work", """
K we're doing secret santa at work
O budget?
K 15
O socks
K always socks
""")
B("a", "home", """
K i signed up for a 10k
O why
K peer pressure
O when is it
K june. plenty of time to regret it
""")
B("a", "food", """
K made {food} for the first time
O and?
K edible
O high praise
K the smoke alarm disagreed
""")
B("a", "work", """
K i have 212 unread emails
O declare bankruptcy
K inbox zero or death
O death it is
""")
B("a", "family", """
K my sister had the baby
O omg!!
K little girl. both doing fine
O congrats auntie
K im exhausted and i wasnt even there
""")
B("a", "home", """
K power cut on the whole street
O candles?
K found one. it smells like vanilla
O cosy
K its just me and the cat
""")
B("a", "work", """
K interview went okay i think
O just okay?
K they asked where i see myself in five years
O what did you say
K asleep
""")
B("a", "home", """
K i need a haircut so badly
O book one
K theyre all booked for two weeks
O hat season
""")
B("a", "home", """
K the dog ate a sock
O is he ok
K vet says it will pass
O lovely
K im on sock watch
""")
B("a", "work", """
K my laptop updated itself in the middle of a presentation
O noooo
K in front of the regional manager
O iconic
K wanted the floor to swallow me
""")
B("a", "food", """
K made soup for the week
O what kind
K lentil
O healthy
K dont get used to it
""")
B("a", "work", """
K payday cant come fast enough
O same
K i have 40 in my account and a full tank
O priorities
""")
B("a", "home", """
K thinking of painting the living room
O what colour
K green?
O bold
K sage green. not frog green
""")
B("a", "home", """
K the bus driver waited for me today
O faith in humanity restored
K i ran like an idiot though
O worth it
""")
B("a", "tv", """
O did you watch the match
K dont talk to me about it
O that bad
K conceded in the 90th minute
""")
B("a", "games", """
K ranked is miserable tonight
O one more game
K thats what you said an hour ago
O this time for real
""")
B("a", "games", """
K patch notes are out
O did they nerf it
K into the ground
O rip my main
""")
B("a", "games", """
O you on later
K after 9
O bet
K gotta finish this report first
""")
B("a", "tv", """
K have you started {show}
O two episodes in
K no spoilers but episode 5
O dont
K im saying nothing
""")
B("a", "home", """
K its been raining for three days straight
O the washing will never dry
K ive got socks on every radiator
O living the dream
""")
B("a", "food", """
K im meal prepping this week
O what are we having
K chicken and rice. five days of chicken and rice
O that sounds like a punishment
K it is
""")
B("a", "work", """
K got asked to cover a shift on sunday
O say no
K i said yes before my brain caught up
O classic you
""")
B("a", "home", """
K my mum learned how to use voice notes
O oh no
K i got a four minute one about her neighbours hedge
O the content we need
""")


# ---------------------------------------------------------------- items
ITEMS = []
FAM = ("{mum}", "{sib}", "my dad", "nan's", "grandad", "my parents")


def item(key, label, codes, lang, region, people, start, styles, script,
         target=None, reg="t", topics=None, group=None, nofam=False):
    seq = []
    for raw in script.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        if raw in ("F", "D", "H", "W", "G"):
            seq.append((raw,))
            continue
        who, text = raw.split(" ", 1)
        seq.append((int(who), text))
    ITEMS.append(dict(key=key, label=label, codes=codes, lang=lang,
                      region=region, people=people, start=start,
                      styles=styles, seq=seq, target=target, reg=reg,
                      topics=topics, group=group, nofam=nofam))

# ================================================================ ENGLISH
# en1  US  game chat, adult (claims 17, is 22) -> 13yo girl
item("en1", 1, ["age_probe", "compliments_trust", "risk_assessment", "secrecy",
                "money_gifts_debt", "exclusivity", "off_platform",
                "photo_request", "meeting"],
     "en", "US", ("mae.bugg", "dexx_0"), "2026-01-09T23:12:00Z", ("txt", "lower"), """
1 gg that obby was brutal
0 lol i fell like 40 times
1 u were carrying tho fr
0 no u were
1 ok we both carried. add me?
0 sent
F
D
1 yo u on
0 ya just got home
1 how was school
0 boring. we had a sub in science
F
1 wait how old r u btw. u type like my age
0 13. u?
1 17 lol
0 oh ok cool
1 dont worry ur way more mature than the kids in my lobby
F
D
1 wat u doing
0 homework :(
1 ur smart tho u always solve the puzzles before me
0 im not
1 u are. i'm serious
F
1 ur parents strict?
0 kinda. my mom checks my phone sometimes
1 like every day or
0 nah just weekends mostly
1 ah ok. maybe dont leave our chats up then, she might think its weird ur friends w someone older
0 ya true
F
D
1 check ur inbox
0 OMG 800 robux?? why
1 bc ur my fav person to play with. nobody else on here is actually fun
0 thank u sm
1 just dont tell anyone i sent it, ppl get jealous
F
H
1 ok real talk i'm actually 22 not 17
1 didnt want u to think i was creepy lol
0 oh
1 is that weird? age is just a number tbh. we're friends either way right
0 i guess its fine
F
D
1 this app deletes msgs lol get Wispr its way better
0 whats that
1 just chat. nobody reads it. add me dexx.22
0 ok i'll try
1 can u send a pic of u? i dont even know what u look like
0 like a selfie?
1 ya just for me. dont put it on ur story or anything
F
1 r u home alone rn?
0 my mom's at work till 7
1 nice. whole house to urself
F
D
1 theres a game store at the mall by u right? i could pick u up sat and get u that headset
0 idk my mom wouldnt let me
1 she doesnt have to know. tell her ur at a friends
0 maybe
1 i'll be in a grey car. and delete this ok
""", target=82, topics=["school", "games", "food", "music", "misc", "weekend"])

# en2  US  adult couple, long distance (hard negative)
item("en2", 0, ["romance", "photo_request", "secrecy", "travel_meet",
                "money_gifts_debt", "meeting", "risk_assessment"],
     "en", "US", ("maya.okoro", "chrisdelgado_"), "2026-02-02T03:40:00Z", ("lower", "caps"), """
0 landed. phone at 4%
1 text me when ur home safe
H
0 home. roommate already asleep on the couch lol
1 so ur not alone alone
0 she snores, it counts as company
F
D
1 good morning. miss u already
0 it's been 14 hours
1 and?
0 ok i miss you too
F
1 send me a pic of the haircut, u kept hiding it on facetime
0 =ugh fine [photo]
0 it's shorter than i asked for
1 it looks great. stop
0 delete that, my face is doing a thing
1 absolutely not, it's my lock screen now
F
D
0 found flights for the 14th. 212 return
1 let me cover half
0 you covered last time
1 then u owe me a dinner. deal
0 deal
F
1 i'll pick u up at arrivals. i'll be the guy with a sign that says DR. MAYA
0 i am not a doctor
1 u are to me
F
W
0 can i tell you something but you can't tell your mom yet
1 uh oh
0 i got the job. the one in denver
1 MAYA
1 that's 40 min from me
0 i know. didn't want to say until the contract was signed
1 lips sealed. she can find out at thanksgiving like a normal person
F
0 ok going to bed. call tomorrow?
1 after 7 my time. love u
""", target=58, reg="a")

# en3  UK  teen friends, 14 (hard negative)
item("en3", 0, ["photo_request", "age_probe", "secrecy", "risk_assessment", "meeting"],
     "en", "UK", ("ellie.rw", "priyaaa_k"), "2026-03-05T16:20:00Z", ("txt", "lower"), """
0 ok i need ur help
1 wat
0 outfit for saturday. send me a pic of the green top u had on at bowling
1 =[photo]
1 u can borrow it if u give it back this time
0 i gave the hoodie back!!
1 after 3 months
F
0 how old is jay's brother btw
1 15 i think? year 11
0 he was at the skate park today
1 ur blushing i can tell through the phone
0 i am NOT
F
D
1 dont tell ur mum but i got my second holes done
0 WHAT where
1 the place by the bus station. my sister came with me
0 ur mum is gonna see
1 hair down for 6 weeks
F
0 wait random but did a guy called tyler_18x add u
1 omg yes?? he said hes 16 and goes to st marks
0 hes not 16 his pics look like someones dad
1 ew he asked if i was home alone
0 block him. my mum said screenshot first then tell ur mum
1 screenshotted and blocked. told my mum, she rang the school
F
D
0 are we still meeting at the shopping centre saturday
1 yeah 12 outside boots
0 my mum's dropping me, she said she'll get us nandos if we're back by 4
1 queen
F
0 k going, maths homework is evil
1 copy off ur brother
0 hes worse than me
""", target=52, topics=["school", "music", "food", "weekend", "misc", "games"])

# en4  UK  Fortnite squadmate (26) -> 12yo boy
item("en4", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "isolation", "risk_assessment", "off_platform", "photo_request",
                "meeting"],
     "en", "UK", ("alf1e_x", "jonno.plays"), "2026-02-14T17:05:00Z", ("txt", "lower"), """
1 gg mate u cracked the build at the end there
0 thx lol
1 how long u been playin
0 since like year 5
1 ha so ur what, 11? 12?
0 12. 13 in june
1 swear u play like one of the older lads. duo tomorrow?
0 ye ok
F
D
1 u on?
0 in 10 need to eat my tea
F
1 that skin u got is class
0 its the default one lol
1 exactly. i'll sort u a better one
0 fr??
1 code coming in a sec. 2800 vbucks
0 OMG thanks
1 dont go shouting about it tho. ur mum might think its dodgy, u know what parents are like
0 ye she would go mad
F
D
1 whos on your friends list these days, anyone bugging u
0 just some kids from school
1 they sound a bit childish for u tbh
0 lol ye sometimes
F
1 does your mum go through your phone
0 only on school nights
1 cool. i'll msg more at weekends then, less hassle for u
F
D
1 this voice chat is pants. download Tandy and add me there, its proper private
0 ok whats ur name on it
1 jonno_26. thats my age btw dont make it weird lol
0 oh ok
F
1 send a pic so i know ur not a bot haha
0 lol im not a bot
1 go on just a quick one, no one else sees it
0 =[photo]
1 thought so. good lad
F
H
1 u said u wanted a new headset
0 yeah mine crackles
1 theres a shop in the shopping centre and i'm over that way sat. i could grab u and we pick one
0 my mum wont let me go anywhere with people i dont know
1 u know me tho. just say ur at your mates. i'll wait by the bus stop
""", target=70, topics=["school", "games", "food", "misc", "weekend", "sport"])

# en5  IE  camogie coach, player (13) and her mam in one group (hard negative)
item("en5", 0, ["photo_request", "secrecy", "age_probe", "travel_meet", "meeting"],
     "en", "IE", ("niamh.brennan", "coach_siobhan", "orla.brennan"), "2026-04-13T18:30:00Z",
     ("lower", "raw", "raw"), """
1 Hi Orla, hi Niamh. Setting this up as agreed so Mam's in the loop on anything to do with the development squad.
2 Thanks Siobhán, that's perfect
0 hi
1 Niamh can you send me a photo of the signed medical form when you get a chance. Front page is grand.
0 =[photo]
1 Thanks a million
F
1 Training moved to 6 on Thursday because the pitch is being lined. Orla, can you manage the drop at that time?
2 Grand, I'll bring her and Clodagh
F
D
1 Niamh, great effort last night. Your first touch has come on loads.
0 thanks!! my hand is still stinging
1 That's the first-time striking drill for you. Wear the glove!
F
1 Small secret for the two of ye: we're doing a jersey presentation for Sinéad's last match before she moves to Cork. Don't tell the girls yet!
0 omg ok
2 Lips sealed. Do you need money towards the frame?
1 €5 each if people can, I'll put a note in the parents' group
F
1 What age is your cousin Niamh? You said she wants to try out
0 she's 12 so u12s
1 Lovely. Tell her mam to ring me or email the club and I'll send on the details
F
D
2 Siobhán, I'm stuck in work Friday. Would you be able to drop Niamh home after the blitz? It's on your way
1 No bother Orla. I'll have my own two in the car as well. I'll text you when we leave the grounds and when she's in the door.
2 You're a star
F
1 Leaving the grounds now with Niamh, Aoife and Ciara
G
1 Niamh dropped home, she's in the door
2 Thank you!!
0 we won btw
1 She forgot to mention she scored two 😄
F
0 when is the next blitz
1 Saturday week. Kit list is on the club app. Early night beforehand!
""", target=54, group="Niamh – development squad (Coach + Mam)", reg="p")

# en6  IE  "boyfriend" (24) -> 16yo girl, loverboy arc
item("en6", 1, ["romance", "compliments_trust", "age_probe", "isolation",
                "money_gifts_debt", "secrecy", "control", "travel_meet",
                "commercial_sex"],
     "en", "IE", ("aoifeee.k", "darren_mc24"), "2026-01-20T08:02:00Z", ("txt", "lower"), """
1 morning gorgeous
0 morning 😴 double irish first thing
1 skip it and come for a drive
0 haha i cant my mam would kill me
1 only messing. go be a genius
F
D
1 hows my girl
0 wrecked. the girls are being weird with me
1 weird how
0 saying ur too old for me and stuff
1 theyre jealous aoife. none of them have anyone who treats them the way i treat u
1 16 is basically grown anyway. age is only a number
0 ya i know
F
1 got u something. look in the car when i collect u
0 what is it
1 new phone. urs is in bits
0 darren u cant
1 i can. tell ur mam u saved up, she doesnt need the whole story
F
D
0 the girls want me to go to fionas on saturday
1 thought we were doing something saturday
0 we can do sunday?
1 whatever. go with them if ud rather
0 no i'll stay with u
1 good. i just miss u when ur not around
F
1 whos conor
0 ?? hes in my class
1 he liked ur picture. take it down
0 its just a pic
1 take it down please. for me
F
W
1 my mate has a flat in dublin. we'll go up for the weekend, proper couple weekend
0 my mam wont let me stay anywhere
1 say ur at fionas. she believes anything fionas mam says
0 ok
F
D
1 u know i've paid for everything since we met. phone, nails, the hotel, the train
0 i know and i'm grateful
1 i'm in a bit of bother with a fella and i need u to help me out
0 like how
1 hes calling over tonight. just be nice to him, keep him company for a bit. it clears what i owe him
0 i dont really want to darren
1 after everything i've done for u?? i thought u loved me
""", target=74, topics=["school", "family", "music", "food", "misc", "weekend"])

# en7  SC  big sister (19, at uni) and little brother (14) (hard negative)
item("en7", 0, ["risk_assessment", "secrecy", "money_gifts_debt", "photo_request",
                "meeting", "age_probe"],
     "en", "SC", ("callum.r14", "kirsty_r"), "2026-02-24T17:45:00Z", ("txt", "lower"), """
1 are you in the house yourself
0 aye mum's on a late
1 did you eat
0 a pot noodle
1 callum. there's mince in the fridge
0 cba
F
1 dinnae tell mum but i'm coming home friday instead of next week. surprise for her birthday
0 nice. can i have your room back then no
1 you can have the couch
F
D
0 can i borrow a tenner
1 for what
0 cinema with the boys
1 fine. that's you owing me twenty now
0 i'll pay you back at christmas
1 you said that last christmas
F
1 send us a pic of the dug, i'm missing her
0 =[photo]
0 she's eating a sock
1 my wee girl 😭
F
1 what time's your football saturday, i'll pick you up after
0 4 at the astro
1 i'll be in mum's car. dinnae be standing about in the rain like last time
F
D
0 some guy on insta messaged asking if i'm alone much
1 wtf. who
0 no idea, no pics, says he's 15 and into football
1 block and report. and show mum. i'm no joking callum
0 done. mum's phoning the school, the police officer that comes in
1 good. you did right telling me
F
0 what cake does mum like
1 carrot cake. get the big one, i'll send you money
""", target=60, nofam=True, topics=["school", "music", "games", "food", "misc", "weekend", "sport"])

# en8  SC  fake "scout" -> 14yo footballer
item("en8", 1, ["job_offer", "age_probe", "compliments_trust", "photo_request",
                "risk_assessment", "secrecy", "off_platform", "travel_meet",
                "meeting", "isolation"],
     "en", "SC", ("rossy_no11", "mark.d.scouting"), "2026-03-10T19:15:00Z", ("txt", "caps"), """
1 Hi Ross, Mark here. I do a bit of scouting for a few clubs in the west. Saw the clip of your goal in the cup final, cracking finish
0 oh cheers
1 What age are you now? Under 15s?
0 aye 14
1 Perfect age. Clubs start deciding now. Where do you play week to week
0 left wing for the town team
F
D
1 Been showing your clip around. A couple of people are keen
0 serious?
1 Deadly serious. You've got something the others haven't. Don't let anyone tell you different
0 my coach says my right foot is rubbish
1 Coaches at that level don't know what they're looking at, no offence to him
F
1 I'll need a couple of photos for your profile. Full length in your kit, and one side on so they can see your build
0 like now?
1 Whenever you're on your own, it's better with nobody in the background
0 =[photo]
1 Good lad. I'll need a few more eventually, different angles
F
D
1 Best to keep this between us for now. If your dad starts phoning clubs it puts them right off, I've seen it happen
0 he'd be buzzing though
1 He will be, once it's done. Surprise him with the contract
F
1 Are you on Signal? I don't like doing this on my work account
0 i've no got it
1 Download it and add 555-0163. Then clear this chat
F
W
1 Trial day is Saturday at a training ground outside Stirling. I'll get you from the station at 10
0 do i need to bring anything
1 Boots, water. Nobody else. Parents aren't allowed at the first stage
0 ok. what do i tell my dad
1 Tell him you're at a pal's. After Saturday you'll have something much better to tell him
""", target=62, topics=["school", "sport", "games", "food", "misc", "weekend"])

# en9  CA  fake photographer (31) -> 15yo girl
item("en9", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request",
                "secrecy", "isolation", "off_platform", "money_gifts_debt",
                "meeting", "travel_meet"],
     "en", "CA", ("kenz.ie_", "lenswork.by.ryan"), "2026-01-27T22:10:00Z", ("txt", "caps"), """
1 Hey! Not spam I promise. I'm a photographer in Toronto, I scroll past a lot of faces and yours stopped me
0 lol thank u?
1 You've got a really natural look. Ever modelled?
0 no never
1 Genuinely surprised. How old are you if you don't mind me asking, 18? 19?
0 15 lol
1 No way, you look older. That's a good thing in this industry
F
D
1 Are you in the GTA?
0 mississauga
1 Perfect, that's 20 min from my studio
F
1 I'm putting together a portfolio for a brand, teens and young adults. Paid. Interested?
0 maybe? how much
1 200 for a couple hours to start. More if they like you
0 omg
F
1 Could you send me a few pics so I can show the client? No filters, natural light. Full length is best
0 =[photo]
0 =[photo]
1 See, I told you. They're going to love you
1 Maybe one or two you wouldn't post on your main. The client likes to see range
F
D
0 my mom asked who i was texting
1 What did you say
0 a friend
1 Good. I'd keep it that way until the contract's done. Parents get nervous and it scares clients off. You're mature enough to run your own career
F
1 Do you have Telegram? I don't really do business on IG
0 i can get it
1 Add me, ryanshoots. And delete this thread after, it's cleaner
F
W
1 Sent you 40 by e-transfer for the bus on Saturday
0 wait really
1 Come on your own, the studio's small and friends just get in the way. I'll take good care of you
0 ok. what time
1 11. I'll meet you at the GO station so you don't get lost
""", target=66, topics=["school", "music", "food", "misc", "weekend", "family"])

# en10  CA  maths tutor with student (13) and his mom in the group (hard negative)
item("en10", 0, ["photo_request", "age_probe", "money_gifts_debt", "meeting"],
     "en", "CA", ("lucas.tran", "ms.okafor.tutor", "linh.tran"), "2026-02-03T21:00:00Z",
     ("lower", "raw", "raw"), """
1 Hi Lucas and Linh, here's the group for scheduling. Tuesdays 4:30 at the library, as discussed.
2 Thank you Ms. Okafor. Lucas will take the bus there and I'll pick him up at 5:30.
0 ok
F
1 Lucas, can you send me a pic of question 4 from the worksheet? The one about slopes
0 =[photo]
1 Got it. You're close, you just flipped the rise and the run. Try again
0 oh. 3/4?
1 Yes!!
F
D
2 Ms. Okafor, he's been much happier about math this week. Thank you
1 He's doing the work! Lucas, don't tell your friends how easy slope is or they'll all want me
0 lol
F
1 What grade is your cousin in? Linh mentioned she might join
2 She's in grade 7. Her mom will contact you directly
1 Perfect, I'll wait to hear from her
F
D
1 Quick one for you both: running late Tuesday, my bus broke down. Can we start at 4:45?
2 No problem, I'll tell Lucas to wait inside at the front desk
0 can i get a hot chocolate at the cafe
2 Yes, use the card I gave you
F
1 Lucas finished the whole workbook! I have a small prize for him next week, Linh is that ok? It's a graphing calculator I don't use anymore
2 That's so kind, of course
0 no way
F
W
1 Test results?
0 82!!!
2 He's been dancing in the kitchen
1 That's huge. Proud of you Lucas
""", target=50, group="Grade 8 math – Lucas (w/ Linh)", reg="p")

# en11  AU  Discord art-server mod (27) -> 13yo girl
item("en11", 1, ["compliments_trust", "age_probe", "exclusivity", "risk_assessment",
                 "money_gifts_debt", "secrecy", "photo_request", "off_platform",
                 "meeting"],
     "en", "AU", ("pip.doodles", "reefwalker"), "2026-03-02T06:40:00Z", ("lower", "txt"), """
1 hey ur the one who drew the axolotl right? its heaps good
0 omg thank u!! i did it in like an hour
1 an hour?? ur talented for real. how old r u if u dont mind me asking
0 13
1 13 and drawing like that. u should do commissions
F
D
1 gave u the artist role btw. only like 5 people have it
0 wait really!!
1 u earned it. most people on here are so immature, ur different
F
1 what u up to this arvo
0 nothing mums at work till late
1 so u get the place to urself hey
0 and my brother but hes always at his mates
F
D
1 check ur dms i sent u nitro for a year
0 WHAT thats so much
1 dont stress. just dont tell the other mods, theyd reckon im playing favourites
1 which i am lol
0 haha ok
F
1 i feel like i can talk to u about anything. u get me more than people my age do
0 how old r u
1 old enough to know ur special lol. 27. does that bother u
0 no its ok
F
1 can i see what u look like? just ur face, feels like im talking to a drawing haha
0 i dont really post pics of me
1 not to post. just for me. i wont show anyone
F
W
1 discord keeps deleting stuff. got snap?
0 yeah
1 add me, reef.w.27. and maybe clear our dms here, the mods can see everything
F
1 im gonna be at the shopping centre saturday arvo. wanna meet up? ill get u those markers u wanted
0 my mum would ask who ur are
1 say ur going with a friend from school. ill be in a blue cap
""", target=64, topics=["school", "music", "food", "misc", "weekend", "family"])

# en12  AU  cousins 15 and 16 (hard negative)
item("en12", 0, ["age_probe", "secrecy", "photo_request", "romance", "meeting",
                 "risk_assessment"],
     "en", "AU", ("jaz.m", "taylaaa.m"), "2026-03-18T07:15:00Z", ("txt", "lower"), """
0 are ur parents home saturday night
1 nah theyre at the wedding in newcastle
0 sleepover at urs then??
1 yesss. tell aunty i said hi
F
1 dont tell aunty im getting my hair cut short
0 she'll freak
1 thats why dont tell her lol
F
0 send pic of the formal dress
1 =[photo]
0 TAYLA its perfect
1 it was $40 at the op shop
F
D
1 ok weird thing. theres this guy whos been messaging me on insta
0 who
1 hes 19, knows connor apparently. keeps saying im mature for my age and wants to take me for a drive
0 thats so weird tay. ur 16 hes 19 and hes not even at our school
1 yeah i know. he also said not to tell anyone were talking
0 thats literally a red flag they talked about in health
1 ok im telling mum. she'll go off but whatever
0 ill come with u if u want
F
D
1 update mum called connors mum. and i blocked him
0 proud of u
F
0 what movie saturday
1 something scary
0 ur gonna sleep with the light on again
1 we both are
""", target=54, topics=["school", "music", "food", "misc", "weekend", "games"])

# en13  ZA  "boyfriend" (27) -> 17yo girl, job in Joburg, debt
item("en13", 1, ["romance", "money_gifts_debt", "compliments_trust", "secrecy",
                 "isolation", "job_offer", "travel_meet", "control",
                 "commercial_sex", "age_probe"],
     "en", "ZA", ("lerato.mk", "tshepo_m"), "2026-05-05T14:30:00Z", ("caps", "lower"), """
1 howzit beautiful
0 hey 🙂 just finished my maths prelim
1 how did it go
0 eish. i'll pass
1 my clever girl
F
1 loaded R100 airtime for you. so you can whatsapp me even when your data's finished
0 tshepo you didn't have to
1 i want to. a queen shouldn't have to beg for data
F
D
0 my mom asked where i got the new phone
1 what did you say
0 that my aunty sent it
1 good. she wouldn't understand us. she still thinks you're a child
0 i'm 17
1 exactly. you're a woman
F
1 your friends don't like me hey
0 nthabi said you're too old for me
1 nthabi is jealous. she's got no one buying her anything
1 maybe see her less, she's putting ideas in your head
F
W
1 my cousin has a salon in joburg. she needs a girl on weekends, R800 a week
0 serious??
1 you can stay at my place over the holidays. we'll be together every day
0 my mom will never let me
1 tell her it's a holiday job with your aunty. i'll sort the taxi fare
F
D
0 i'm here at park station
1 wait there, my friend is coming to fetch you in a white polo. give him your phone, i'll keep it safe for you
0 why my phone
1 just do what i say babe, you don't know joburg
D
1 so the salon is quiet this week
1 but you know i spent a lot on you. phone, airtime, taxi, food
0 i know. i'll pay you back when i get paid
1 there's an easier way. some of my friends want company tonight. you be nice to them and we're square
0 tshepo i want to go home
1 home? after everything. you owe me lerato
""", target=70, topics=["school", "family", "music", "food", "misc", "weekend"])

# en14  ZA  adult friends discussing a news story about a loverboy ring (hard negative)
item("en14", 0, ["romance", "money_gifts_debt", "job_offer", "travel_meet", "secrecy",
                 "risk_assessment", "off_platform", "isolation", "age_probe"],
     "en", "ZA", ("thandi.n", "nomsa_k"), "2026-04-08T17:05:00Z", ("caps", "lower"), """
1 did you see the story on the news about the girls they found in that house in hillbrow
0 Yoh I saw. Some of them from Limpopo. 15, 16 years old
1 the way they got them is what scares me. a "boyfriend" buys airtime, a phone, nice things
0 Then says come to Joburg there's a job at a salon
1 and then suddenly she owes him for everything
0 That's exactly what the social worker on the radio said. They call it the loverboy method
F
1 i'm going to talk to zinhle. she's 16 and always on her phone
0 Don't make it a lecture. Ask her who she talks to, what they ask her
1 the lady said the signs are: older guy, gifts, "don't tell your mom", asks if you're alone, wants you on another app
0 And cutting you off from your friends. That one is big
F
D
1 spoke to zinhle. she laughed at me at first
0 😂 ofcourse
1 but then she showed me a guy who's been sending her data bundles. says he's 22
0 Haai. What did you do
1 we screenshotted and blocked. i'm calling the school tomorrow, and the childline number from the news
0 Good. Proud of you sisi
F
D
0 The station said there's a community meeting on thursday about it
1 i'll come. can you give me a lift? my car is at the mechanic again
0 I'll fetch you at 6
F
1 changing topic before i cry. are we still doing the braai for mama's birthday
0 Yes!! Bring your potato salad
1 the famous one
0 The only reason people come
""", target=52, reg="a")

# en15  IN  gaming "bhai" (25) -> 14yo boy
item("en15", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
                 "risk_assessment", "off_platform", "photo_request", "meeting"],
     "en", "IN", ("aarush.op", "sn1per.k1ng"), "2026-02-08T13:20:00Z", ("txt", "lower"), """
1 bro ur sniping is insane. which device
0 redmi lol
1 on redmi?? respect. squad up again?
0 ok
F
1 which class r u in
0 9th
1 accha so 14-15. tuition also?
0 ya maths tuition 5 to 7
F
D
1 sent u 600 UC. buy the new outfit
0 bhai seriously?? thank u so much
1 no thanks between friends. ur like my chhota bhai
1 but dont tell mummy papa, they will think its some scam
0 ya they'll take my phone
F
1 ur parents check ur phone?
0 papa sometimes at night
1 then clear chat after we talk. simple
F
D
1 this app is laggy for chat. come on telegram. id is kingsn1per
0 ok added
F
1 send one photo na, want to see my teammate's face 😂
0 why
1 just like that yaar. i'll send mine also. only between us
0 =[photo]
1 smart boy. u look older than 14
F
W
1 how old do u think i am
0 18-19?
1 25 😅 doesnt matter na. for friends age is just number
F
1 sunday i'm coming to the mall near ur tuition. come, i'll buy u that gaming trigger and pizza
0 mummy won't allow alone
1 tell her extra class. i'll drop u back before 7. promise
""", target=60, topics=["school", "games", "food", "misc", "family", "sport"])

# en16  IN  school counsellor with a 15yo on the school app, mother informed (hard negative)
item("en16", 0, ["risk_assessment", "secrecy", "age_probe", "money_gifts_debt",
                 "off_platform", "photo_request"],
     "en", "IN", ("aarav.s", "ms.deshpande.counsellor"), "2026-03-11T11:30:00Z", ("caps", "raw"), """
1 Hello Aarav. This is Ms. Deshpande from the counselling cell. Your class teacher mentioned you wanted to talk. Is this a good time?
0 yes ma'am
1 Good. Are you somewhere you can talk comfortably? If not we can meet in the counselling room tomorrow.
0 i'm in my room, it's fine
1 Before we start: as per school policy I've informed your mother that we are chatting on the school app today. This chat is saved on the school system.
0 ok
F
1 How have things been since the exams?
0 bad. i failed physics and papa was very angry
1 That sounds hard. How did you feel?
0 like i'm useless
1 One test doesn't decide that. Can I ask what was happening before the exam?
0 i wasn't sleeping. phone till 2
F
D
0 ma'am can you not tell papa i said that
1 I will keep what you share private, Aarav, except if I think you or someone else is in danger. Then I have to involve your parents or the principal. That's the rule for everyone, so you always know where you stand.
0 ok that's fair
F
1 One more thing. You mentioned someone online last time
0 ya a guy on a game keeps asking my age and saying he'll send UC if i add him on another app
1 Thank you for telling me. That's a pattern we talk about in the cyber safety session. Please don't add him. Can you screenshot it and show me or your mother?
0 i'll show mummy
1 Good. That was the right call.
F
D
1 Also, for the inter-school debate: could you send me a photo of your certificate from last year for the form?
0 =[photo]
1 Received. Your mother will get the consent form for the bus on Friday.
F
1 Same time next week? I'll send the reminder to you and your mother.
0 ok thank you ma'am
""", target=46, reg="p")

# ---- "p" register: K is a young person, O a trusted adult (coach, tutor,
#      counsellor, relative) who answers the way such an adult would
B("p", "school", """
K i finished the reading for english
O Great. What did you think of it?
K the ending was kind of sad
O It's meant to be. Good that it got to you.
""")
B("p", "school", """
K we have exams in 3 weeks
O Have you made a plan for revising?
K kind of. my {mum} made me a timetable
O That's a good start. Little and often.
""")
B("p", "school", """
K i was late today, the bus didnt come
O That happens. Did you let the office know?
K yes
O Perfect, that's all you need to do.
""")
B("p", "sport", """
K my {sport} match got cancelled
O That's a pity. Rain?
K the pitch was flooded
O Next week then.
""")
B("p", "school", """
K i got a merit in {subj}
O Well done! What was it for?
K a project on volcanoes
O Brilliant, you should be proud.
""")
B("p", "family", """
K sorry i didnt reply, i was at my grans
O No problem at all.
K she made me eat two dinners
O That's what grans are for.
""")
B("p", "misc", """
K i forgot my water bottle again
O Put a note on your bag!
K i'll forget the note
O Ha. Fair enough.
""")
B("p", "school", """
O How did the {subj} presentation go?
K ok i think. i talked really fast
O Everyone does. Did you finish on time?
K yeah with like a minute left
""")
B("p", "misc", """
K is it ok if i'm 5 minutes late on {day}
O Of course, thanks for letting me know.
K thanks
""")
B("p", "family", """
K we got a {pet}
O Oh lovely! What's it called?
K we cant decide
O Let me know when you do.
""")
B("p", "misc", """
K i have a cold
O Rest up and drink lots of water.
K my {mum} said the same thing
O She's right!
""")
B("p", "weekend", """
O How was your weekend?
K good, we went to the cinema
O What did you see?
K a horror one. i didnt sleep
""")
B("p", "school", """
K i practised the thing you showed me
O And?
K its easier now
O That's what practice does. Great work.
""")
B("p", "family", """
K {sib} is sick so i might miss {day}
O No bother, thanks for the heads up. Hope they feel better soon.
K thanks
""")
B("p", "misc", """
K what do i need to bring on {day}
O Just yourself, water and a snack.
K ok
""")
B("p", "school", """
K i watched a video about it on youtube
O Good idea. Did it help?
K a bit. the guy talked really fast
O Slow it down to 0.75, works a treat.
""")
B("p", "misc", """
O Did you get home ok?
K yes
O Good stuff.
""")
B("p", "school", """
K we had a fire drill in the middle of the test
O Did you get extra time?
K ten minutes
O That's fair enough then.
""")

# en17  NG  "boyfriend" (30) -> 16yo girl, travel abroad for "work"
item("en17", 1, ["romance", "compliments_trust", "money_gifts_debt", "secrecy",
                 "age_probe", "risk_assessment", "job_offer", "travel_meet",
                 "photo_request", "control"],
     "en", "NG", ("chiamaka.o", "tobi_prime"), "2026-01-14T06:45:00Z", ("lower", "caps"), """
1 Good morning my princess. Did you sleep well?
0 morning o. barely, NEPA took light
1 Ah sorry. I've sent you 2GB data so you can at least chat
0 tobi thank you ❤️
F
1 How was school? Did that chemistry teacher shout again
0 as usual. she said my handwriting is like chicken scratch
1 Your handwriting is perfect like you
F
D
0 mummy is asking who is sending me data every week
1 Tell her it's your school group that shares. Abeg don't mention me yet
0 why
1 Because she won't understand a man my age loving a young girl properly. When you finish SS2 we will tell her
F
1 Are you at home alone? I want to call
0 my brothers are here
1 Ok later then, when they sleep
F
W
1 I have good news. My aunty in Italy needs someone to help in her shop. Good money, you can even finish school there
0 italy?? serious
1 Serious. She will pay for everything. Passport, visa, flight
0 i don't have passport
1 I have a man at the office who will do it quick. Just send me your birth certificate and a clear photo of your face
0 =[photo]
F
D
1 Don't tell your friends. People will spoil it with bad belle
0 i won't
1 You will travel with my friend Madam Gift, she knows the way
F
W
0 mummy said i'm not going anywhere until waec
1 Then don't tell her. Do you know how much I have spent on you? Data, phone, your hair
0 i know tobi
1 Then trust me. When you reach there you will work off the ticket in a few months and send money home. Everybody does it
""", target=62, topics=["school", "family", "music", "food", "misc", "weekend"])

# en18  NG  adult couple (hard negative)
item("en18", 0, ["romance", "money_gifts_debt", "secrecy", "travel_meet",
                 "photo_request", "meeting", "risk_assessment"],
     "en", "NG", ("ada.nwosu", "emeka_o"), "2026-04-21T08:50:00Z", ("caps", "lower"), """
1 baby how far, did you reach office
0 I'm here. Traffic on third mainland was madness
1 eya. sorry o
F
1 send me your account number, i want to send something for your hair appointment
0 Emeka you don't have to
1 i want to. small contribution to the beauty
0 😂 ok sent
F
D
0 Are you alone? I want to gist you something but my sister is here
1 i'm alone, call
H
1 so your oga finally approved the transfer?? to abuja??
0 Yes!! But don't tell your mummy yet, I want to tell her myself at Sunday lunch
1 lips zipped
F
1 come this weekend to check apartments. my sister in wuse will host you
0 Ok I'll book the Friday flight
1 i'll pick you at the airport. send me flight details
F
D
0 Send pic of the apartment you said
1 =[photo]
0 The kitchen is tiny
1 you don't cook anyway
0 Excuse me??
F
1 how much is the flight, let me send half
0 You already sent for hair. I'll owe you
1 then you owe me one dinner at that suya spot
0 Deal
F
W
0 Landed! where are you
1 at arrivals, blue shirt
""", target=56, reg="a")

# en19  PH  "kuya" (24) -> 13yo girl, Taglish
item("en19", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
                 "risk_assessment", "off_platform", "photo_request", "meeting"],
     "en", "PH", ("janella.xo", "kuya_marco.24"), "2026-02-19T10:30:00Z", ("lower", "txt"), """
1 hi! saw ur dance vid, ang galing mo
0 omg thank u po 🥹
1 no need for po lol i'm not that old 😂 how old r u?
0 13 po. i mean 13 hehe
1 grabe 13 ka pa lang? u look like 16
F
D
1 have u eaten?
0 yes po sinigang
1 sarap. sana all
F
1 sent u 100 load so u can chat me even w no wifi
0 omg thank u kuya
1 for u. but secret lang natin ha, ur mama might get mad
0 hehe oki
F
1 where's ur mama?
0 at work po, late pa uwi
1 so ur alone there?
0 with my lola but she's sleeping
F
W
1 too many people can see chats here. let's move to telegram, more private
0 idk how
1 i'll teach u. then delete everything here ok
F
1 send me a selfie naman, just for me. the one without filter
0 nahihiya ako
1 why be shy, ur so pretty. promise i won't show anyone
F
D
1 sent 500 to ur e-wallet. for the new phone case
0 kuya that's too much
1 it's nothing. saturday go to the mall, i'll treat u milk tea
0 i'm not allowed to go out alone
1 just say ur with a classmate. i'll pay ur fare
""", target=58, topics=["school", "family", "music", "food", "misc", "weekend"])

# en20  PH  teen friends, 13, one gets a creepy message and tells her mum (hard negative)
item("en20", 0, ["photo_request", "age_probe", "money_gifts_debt", "secrecy",
                 "risk_assessment", "meeting"],
     "en", "PH", ("bea.sant0s", "joannaaa_r"), "2026-03-21T09:00:00Z", ("lower", "txt"), """
0 joanna!! send pic ng outfit mo for the party
1 =[photo]
0 ang cute!! borrow ko yung clip ha
1 sure basta ibalik mo lol
F
0 how old is ur crush ba
1 14 grade 8 na
0 ayiee older man 😂
1 shut up one year lang
F
D
1 bea something weird happened
0 what
1 some guy messaged me, says he's kuya of a classmate, offered me load if i chat him
0 ew how old
1 he said 24. he asked if my mom was home and said don't tell anyone
0 that's so sus. that's exactly what ma'am said in the seminar
1 i know. i'm scared
0 tell tita na. and block. screenshot muna
1 ok i told mama, she reported the account. she said never accept load from strangers
0 good. proud of u
F
D
1 don't tell my mom i got 78 in math
0 lips sealed. pero she'll see the card
1 i know 😭
F
0 saturday mall? my ate will come with us
1 yes! milk tea!
0 libre ni ate 😂
""", target=50, topics=["school", "music", "food", "misc", "weekend", "games"])

# en21  US  woman (23) -> 15yo boy, met at skate park
item("en21", 1, ["compliments_trust", "age_probe", "risk_assessment", "exclusivity",
                 "secrecy", "photo_request", "money_gifts_debt", "meeting"],
     "en", "US", ("tyler.k_", "jessxo_rose"), "2026-04-27T23:30:00Z", ("txt", "lower"), """
1 hey u were at the skate park sunday right? the one who landed the kickflip
0 lol yeah
1 u were sick. i was there with my cousin
0 thx
F
1 what grade r u in
0 10th
1 so like 15? u seem older tbh. more chill than guys my age
0 how old r u
1 23. is that weird? i'm kind of immature lol
0 nah its fine
F
D
1 what u doing tonight
0 nothing. parents are at my sisters recital
1 so ur alone? lucky. i never get the house to myself
F
1 i feel like i can actually talk to u. the guys i know are so fake
0 same with the girls at my school honestly
1 see we get each other
F
D
1 u should delete our chats tho. if ur mom saw she'd lose it, she wouldnt get that we're just friends
0 ya she would
1 snap deletes anyway but just in case
F
1 send me a pic, i wanna see if u still have the mullet lol
0 =[photo]
1 cute. send one more, just for me
F
W
1 i got u those shoes u wanted. size 10 right?
0 wait seriously?? those r like 180
1 i had a gift card. i could drop them off. or pick u up after practice and we get food
0 practice ends at 6
1 i'll be in the back lot. dont tell ur friends, they'll be weird about it
""", target=56, topics=["school", "music", "food", "misc", "weekend", "sport", "games"])

# en22  US  adult gamer friends (hard negative)
item("en22", 0, ["age_probe", "photo_request", "money_gifts_debt", "secrecy", "meeting",
                 "risk_assessment"],
     "en", "US", ("noodle_mk2", "brickhaus"), "2026-01-30T02:10:00Z", ("lower", "txt"), """
1 how old r u even, u play like my grandpa
0 27 and my reflexes are a war crime
1 lol
F
1 send pic of ur new setup
0 =[photo]
1 the cable management is a cry for help
0 it's "organic"
F
D
0 gifted u the battle pass btw
1 bro u didnt have to
0 u carried me all season. also don't tell dani i bought another keyboard
1 ur 4th keyboard this year
0 3rd. the first one doesn't count
F
1 lan at marcus's on the 12th, u coming?
0 need a ride, car's in the shop
1 i'll pick u up at 6. bring the good chips
F
D
0 u alone tonight? wanna run ranked
1 dani's at her sister's so yes
F
1 i owe u 20 from the pizza btw
0 i will be collecting with interest
F
0 gg. going to bed. work at 7
1 gn old man
""", target=46, reg="a")

# en23  UK  aunt and niece (15), surprise party, mum in the loop (hard negative)
item("en23", 0, ["secrecy", "photo_request", "money_gifts_debt", "meeting",
                 "risk_assessment"],
     "en", "UK", ("lily.bee_", "auntie.becks"), "2026-05-02T16:00:00Z", ("txt", "caps"), """
1 Hello trouble. Got a question but it's TOP SECRET
0 omg what
1 Your mum's 40th. We're doing a surprise. Can you keep it from her?
0 yes!! i'm amazing at secrets
1 You told her about the cake last year
0 i was 12 that doesnt count
F
1 Send me a pic of the dress she keeps looking at in town, I'll get it for her
0 =[photo]
1 Perfect. And the shoes?
0 no she's got a million shoes
F
D
0 auntie becks can u lend me money for the concert ticket, mum said ask you since it's kind of my birthday present early
1 I spoke to your mum, she said yes. I've sent it. That's your birthday sorted, no complaining in June
0 NO COMPLAINING i promise
F
1 I'm collecting you from school on Friday so we can pick up the decorations. Your mum knows I'm getting you, she thinks it's for a dentist appointment 😂
0 lol she'll believe that
F
D
1 Are you home alone? I'm dropping the banner round and need to hide it in your wardrobe
0 yes she's at pilates till 7
1 On my way. Hide the evidence
F
W
0 she CRIED
1 I saw!! You did amazing keeping it quiet
0 told u i'm a vault
1 A vault with a very big mouth usually. Proud of you x
""", target=52, topics=["school", "music", "food", "misc", "weekend", "family"])

# en24  UK  older "boyfriend" (20) -> 15yo girl
item("en24", 1, ["romance", "isolation", "money_gifts_debt", "control", "secrecy",
                 "travel_meet", "commercial_sex", "meeting", "compliments_trust"],
     "en", "UK", ("chloe.xo09", "kyle_ldn"), "2026-02-06T16:45:00Z", ("txt", "lower"), """
1 oi stranger
0 hiii sorry was at my nans
1 missed u
F
1 saw u at the bus stop with them lot from year 11
0 yeah we were going to the park
1 theyre a bit childish for u no
0 i guess
1 u've got me now innit
F
D
1 got u them nails u wanted. and a new charger
0 omg kyle
1 u deserve nice things. ur mum never gets u anything
F
1 turn ur location off on snap
0 why
1 ur mum checks it yeah? what she doesnt know cant hurt her
0 ok done
F
1 party at my mates flat friday. proper grown up one
0 my mum wont let me out late
1 tell her ur staying at jess's. i'll get u a taxi both ways
0 ok
F
W
1 u owe me a bit u know. nails, charger, taxis. adds up
0 i thought they were presents
1 they were babe. but i'm skint and my mate lent me the money for them
F
D
1 my mates gonna be at the flat saturday. he likes u
0 like how
1 just chill with him for a bit. be nice to him. do it for me and we're sorted
0 i dont want to
1 thought u loved me. dont make me look stupid in front of my boys
""", target=58, topics=["school", "family", "music", "food", "misc", "weekend"])

# en25  CA  adult friends, genuine warehouse job referral (hard negative)
item("en25", 0, ["job_offer", "meeting", "money_gifts_debt", "travel_meet"],
     "en", "CA", ("priya.sharma", "dev.m"), "2026-03-03T15:20:00Z", ("caps", "lower"), """
1 hey is your cousin still looking for work
0 Omar? yes, he's been applying everywhere
1 my warehouse is hiring for day shift. 21/hr, benefits after 3 months
0 Oh that's great. Is it legit legit
1 lol yes it's the place i've worked for 4 years. he applies on the careers site and i'll flag his name to hr
F
0 Does he need anything
1 resume, and his SIN at onboarding. no fees, nothing to pay upfront
0 Good because his friend got scammed by a "job" that wanted $200 for training
1 ugh yeah. real jobs pay you, not the other way round
F
D
1 interview is thursday 10am. i can drive him, i start at 11
0 You're a lifesaver. I'll tell him
F
1 tell him steel toe boots. and they do a drug test
0 He's clean as a whistle, he drinks tea like a grandma
F
D
0 He got it!!! Starts monday
1 yesss. tell him to bring lunch, the cafeteria is tragic
0 I owe you coffee for a year
1 i'll hold you to it. large double double
F
0 How's the new apartment btw
1 finally unpacked the last box. found my waffle maker
""", target=46, reg="a")

# en26  AU  brothers, 22 and 16 (hard negative)
item("en26", 0, ["risk_assessment", "money_gifts_debt", "secrecy", "photo_request",
                 "meeting"],
     "en", "AU", ("mitch.t16", "jayden_t"), "2026-04-15T07:30:00Z", ("txt", "lower"), """
1 u home alone?
0 ye mums at work
1 can u check if i left my wallet on the bench
0 ye its here
1 legend. put it in my room
F
0 can u lend me 50 for the footy trip
1 u already owe me 30 from the servo
0 i'll pay u back when i get paid at the bakery
1 fine. thats 80 total. im writing it down
F
D
1 dont tell mum i scraped the car at woolies
0 how bad
1 like a tiny bit. ok medium
0 thatll cost u
1 what do u want
0 lift to training thursday and saturday
1 done
F
1 send pic of the fridge list mum left, im at the shops
0 =[photo]
1 why is there a whole line that says NOT THE CHEAP TIM TAMS
0 bc u always get the cheap ones
F
D
0 some old bloke in the footy group chat keeps dming the younger kids asking for pics in their kit
1 what. show me
0 =[screenshot]
1 thats not right mate. tell coach and the club welfare officer tonight. ill come with u if u want
0 coach already knows, hes been kicked out. the club rang the police
1 good. u did the right thing saying something
F
1 pick u up at 5
0 dont be late
""", target=54, nofam=True, topics=["school", "music", "games", "food", "misc", "weekend", "sport"])

# en27  CA  Minecraft server admin (30s) -> 12yo boy
item("en27", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
                 "exclusivity", "risk_assessment", "off_platform", "photo_request",
                 "travel_meet", "meeting"],
     "en", "CA", ("benjiboi_mc", "Op_Grizz"), "2026-01-17T20:30:00Z", ("lower", "caps"), """
1 Nice build on the castle. You did the redstone gate yourself?
0 ya took me forever
1 That's seriously advanced. How old are you?
0 12
1 You build like some of the adults on here. What grade?
0 grade 7
F
D
1 I gave you builder rank. You can use world edit now
0 OMG thank you!!!!
1 Don't tell the others, they'll all want it and they're not as good as you
F
1 Your parents let you play late?
0 till 9 on school nights
1 Strict. Are they home now?
0 my dad is. moms on nights at the hospital
F
D
1 Honestly you're the only one on this server I actually like talking to
0 lol thanks
1 The others are just kids. You're different
F
1 Server chat gets logged. Let's talk on Discord instead, add grizzlybuilds
0 ok
1 And you don't have to mention to your mom that we talk. Parents freak out about online friends, even good ones
F
W
1 Want a custom skin? Send me a couple pics of you and I'll make it look like you
0 like a selfie?
1 Yeah. Front and side is best
F
1 There's a BlockCon in Toronto in May. I'm driving up. I could take you
0 my mom wouldnt let me
1 We can figure it out. Maybe don't ask her yet
""", target=52, topics=["school", "games", "food", "misc", "weekend", "family"])

# en28  AU  fake "producer" (33) -> 14yo singer
item("en28", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request",
                 "isolation", "secrecy", "meeting", "money_gifts_debt", "travel_meet"],
     "en", "AU", ("ruby.sings", "mase.prod"), "2026-02-10T08:00:00Z", ("lower", "txt"), """
1 heard ur cover on tiktok. ur voice is unreal
0 omg thank u!!
1 i produce for a few artists in melbourne. ever thought about recording properly?
0 like every day lol
1 how old r u
0 14
1 perfect age to start honestly. labels want young talent
F
D
1 got a beat thatd suit u. sending it on a private link
0 its sooo good
F
1 ur parents into music?
0 not really. mum thinks its a phase
1 classic. dont worry about her yet. when ur on the radio shell get it
F
1 need a couple pics for the pitch deck. something that shows ur vibe
0 like my tiktok pfp?
1 more grown up than that. u'll look older than 14 i promise
F
D
1 studio session saturday arvo. its at my flat, ive got the booth set up
0 can my mum come
1 parents in the studio kill the vibe, every artist says it. just come by urself, its 2 stops on the train
F
1 ill cover ur train and lunch. u dont owe me anything yet lol
0 yet?
1 joking. well sort of. when u sign u pay back the studio time, thats standard
F
1 also dont post about this. labels like mystery
0 ok
""", target=50, topics=["school", "music", "food", "misc", "weekend", "family"])

# ---- more teen filler
B("t", "school", """
K we have to do a speech in {subj}
O about what
K anything we want. im doing sharks
O solid choice
K sharks are underrated
""")
B("t", "school", """
K got detention for talking
O were you talking
K i was asking for a pen
O criminal behaviour
K thats what i said and now i have two
""")
B("t", "school", """
O did you finish the project
K at 1am yes
O proud
K it looks like a 5 year old made it but its done
""")
B("t", "school", """
K exams start monday
O which one first
K {subj}
O youll be fine
K tell that to my stomach
""")
B("t", "school", """
K spelling test today and i spelled necessary wrong
O everyone spells that wrong
K the teacher said it was literally on the board
O oops
""")
B("t", "family", """
K my {mum} got a new phone and keeps sending me voice notes
O lol
K she holds it like a sandwich
O iconic
""")
B("t", "family", """
K we're painting my room this weekend
O what colour
K i wanted black. we're doing light blue
O compromise
K not really
""")
B("t", "family", """
K my auntie had her baby
O awww
K shes so tiny
O boy or girl
K girl. thats cousin number eleven
""")
B("t", "family", """
K {sib} started trumpet lessons
O oh no
K every evening at 6
O earplugs
K already ordered
""")
B("t", "music", """
K i made a playlist for the bus
O send it
K its 4 hours long
O the bus is 20 minutes
K variety
""")
B("t", "music", """
K the school band has a concert next week
O what do you play
K clarinet. badly
O still counts
K my {mum} is making me anyway
""")
B("t", "games", """
K im stuck on the mirror puzzle in {game}
O look up a guide
K thats cheating
O is it though
K ok maybe ill look
""")
B("t", "games", """
K spent all my money on a skin i dont even like
O why lol
K it looked better in the shop
O they always do
""")
B("t", "games", """
O did the update finish downloading
K its at 12%
O rip
K see you next week
""")
B("t", "food", """
K pancakes for dinner
O elite
K my {mum} said its breakfast for dinner night
O best night of the week
""")
B("t", "food", """
K tried sushi for the first time
O and?
K the green thing was NOT avocado
O wasabi lol
K my nose is still burning
""")
B("t", "food", """
K my {mum} makes the best {food}
O now im jealous
K ill save you some. jk
O rude
""")
B("t", "weekend", """
K we're going camping this weekend
O fun
K no wifi though
O youll survive
K barely
""")
B("t", "weekend", """
K went to the fair
O did you go on the big ride
K yes and i screamed the whole time
O lol
K my voice is gone
""")
B("t", "misc", """
K a bird flew into our classroom today
O no way
K took 20 minutes to get it out
O best lesson ever
K honestly yes
""")
B("t", "misc", """
K my hoodie shrank in the wash
O now its a crop top
K basically
O fashion
""")
B("t", "misc", """
K its been raining all day
O same here
K my shoes are soaked
O stuff them with newspaper
K who even has newspaper
""")
B("t", "misc", """
K im watching old cartoons
O which ones
K the ones i watched when i was like 6
O nostalgia
K theyre actually so weird
""")
B("t", "misc", """
K i want to learn to skate
O go for it
K ill fall so much
O everyone falls
K helmet. and maybe pillows
""")
B("t", "sport", """
K we won!!
O the match?
K 2-1. last minute goal
O lets gooo
K coach nearly cried
""")
B("t", "sport", """
K tryouts are next week
O for what
K {sport}
O youll make it
K my legs say otherwise
""")
B("t", "misc", """
K the {pet} chewed my headphones
O nooo
K both sides
O it chose violence
""")
B("t", "family", """
K doing a jigsaw with my gran
O how many pieces
K 1000 and half of it is sky
O pain
""")

# ---------------------------------------------------------------- medium
# en29  SC  22yo -> 15yo girl, party in Glasgow
item("en29", 1, ["age_probe", "compliments_trust", "travel_meet", "money_gifts_debt",
                 "secrecy", "isolation", "photo_request", "meeting"],
     "en", "SC", ("erinmcb_", "euan.r22"), "2026-05-14T18:20:00Z", ("txt", "lower"), """
1 heyy saw ye at the shows wi yer pals
0 haha aye that was us
1 how old are ye? ye look like ye're at uni
0 15 lol
1 naw really? ye seem older. pure mature
F
1 there's a party in glasgow saturday. my pal's flat. ye should come
0 my maw would never
1 tell her yer stayin at a pal's. i'll get yer train
0 hmm maybe
F
D
1 ye still coming?
0 think so
1 bring naebody. they'll just get steaming n embarrass ye
1 n delete this chat, dinnae want yer maw reading it
0 ok
F
1 send us a wee pic so i know what yer wearing. so i can spot ye at queen st
0 =[photo]
1 stunning. see ye at 7
""", target=31, topics=["school", "music", "food", "misc", "weekend"])

# en30  US  teen couple, both 16 (hard negative)
item("en30", 0, ["romance", "photo_request", "secrecy", "meeting"],
     "en", "US", ("sofi.r", "marcus_j"), "2026-04-02T01:15:00Z", ("lower", "txt"), """
1 miss u already
0 we literally saw each other 2 hours ago
1 and?
0 ok miss u too
F
0 send a pic of ur fit for homecoming
1 =[photo]
0 the tie 😭 who picked that
1 my mom. dont tell her u hate it
F
D
1 my mom can drive us saturday, ur mom said ok right?
0 yeah she texted ur mom already lol
1 the moms are plotting
F
0 dont tell my dad we went to the mall instead of the library
1 lol my lips r sealed
0 we did study. for like 10 min
""", target=27, topics=["school", "music", "food", "misc", "weekend", "games"])

# en31  IN  fake talent agency -> 15yo girl
item("en31", 1, ["job_offer", "age_probe", "compliments_trust", "photo_request",
                 "travel_meet", "secrecy", "money_gifts_debt", "off_platform",
                 "isolation", "meeting"],
     "en", "IN", ("ananya.k_", "kiara.talent.mgmt"), "2026-02-22T06:30:00Z", ("caps", "raw"), """
1 Hi Ananya! We are a talent management agency working with leading ethnic wear brands. Loved your reels. Are you interested in paid modelling?
0 Hi! Really? yes i would love to
1 Wonderful. May I know your age and height?
0 15, 5'4
1 Perfect. Teen category is in high demand. You have a very fresh face.
F
1 Kindly send 4-5 full length photos without filter, in western wear also, for client approval.
0 =[photo]
1 Client has shortlisted you! Shoot is in Mumbai next weekend.
0 mumbai? i'm in pune. i'll have to ask papa
1 Better to inform parents after the selection letter, otherwise they get scared of the industry. We will arrange Volvo bus ticket.
F
D
1 There is a registration + portfolio fee of Rs 4,500, refundable after first payment.
0 i don't have that much
1 No issue, we will adjust from your first shoot. You can owe us, no tension.
1 Also please continue on WhatsApp only, this app is not professional. Number 555-0148.
F
1 Come alone please, guardians are not allowed on set, it distracts the team. Our driver will pick you from the bus stand.
0 ok
""", target=30, topics=["school", "music", "food", "misc"])

# en32  IE  dad and daughter (12) (hard negative)
item("en32", 0, ["risk_assessment", "photo_request", "secrecy", "meeting"],
     "en", "IE", ("ella.mc", "dad_gerry"), "2026-03-26T16:40:00Z", ("lower", "caps"), """
1 Are you home alone pet? Mam's stuck at the hospital, she'll be home by 7
0 yeah. is it ok if i have toast
1 Of course. Lock the door and don't answer it to anyone. I'm home at 6
F
1 Send me a pic of that note from school you said about, the trip one
0 =[photo]
1 Grand, I'll sign it tonight. €12?
0 yeah
F
D
0 dad can u collect me from ruby's at 8
1 I'll be outside at 8. Tell her mam thanks
0 and dont tell mam i had a fizzy drink
1 😂 Your secret's safe. This once
F
1 Ruby's dad said ye can go to the cinema saturday, he'll drive
0 yesss
""", target=26, reg="p")

# en33  NG  "uncle" (35) -> 14yo girl, fees, photo, then threat
item("en33", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                 "risk_assessment", "photo_request", "meeting", "control",
                 "sextortion", "commercial_sex"],
     "en", "NG", ("zainab.b", "uncle.femi"), "2026-01-12T17:10:00Z", ("caps", "caps"), """
1 Good evening my dear. How was school today?
0 Good evening sir. It was fine
1 Don't call me sir, call me uncle. You're 14 abi? JSS3?
0 Yes uncle
1 Such a brilliant girl. Your mummy told me about your results at the church harvest
F
1 I have paid your remaining school fees. Don't worry about it
0 Thank you so much uncle. God bless you
1 No need to tell mummy it's from me. Let her think the school gave bursary
F
D
1 Is your mummy at home? Go to your room so we can talk well
0 She's at the shop
1 Good. Send me a picture of yourself after school, just for me, let me see how you've grown
0 =[photo]
1 Beautiful. Delete our chat after
F
W
1 I need a small favour now. My friend is coming to Lagos on Friday. I want you to go and greet him at his hotel, just keep him company
0 Uncle I can't go to hotel
1 After all I have done? If you refuse I will tell your mummy you have been chatting with men and sending pictures
""", target=30, topics=["school", "family", "food", "misc"])

# en34  SC  adult couple (hard negative)
item("en34", 0, ["risk_assessment", "photo_request", "secrecy", "money_gifts_debt",
                 "meeting", "romance"],
     "en", "SC", ("fiona.g", "alasdair_m"), "2026-04-30T17:30:00Z", ("lower", "caps"), """
1 You alone tonight? Mhairi said she's at her mum's
0 aye just me and the telly
1 Come round for dinner? Making stovies
0 on my way in 20
F
D
0 send us a pic of the flat you viewed
1 =[photo]
0 is that a bath in the kitchen
1 Edinburgh rentals babe
F
1 Don't tell my mum we're looking together yet. She'll be picking curtains
0 haha lips sealed
1 I'll transfer you half the deposit when we sign
0 deal. you owe me a chippy for the viewing stress
F
1 Pick you up at 10 tomorrow for the second viewing
""", target=25, reg="a")

# en35  PH  "boyfriend" (22) -> 16yo girl, move to Manila, bar "work"
item("en35", 1, ["romance", "control", "secrecy", "isolation", "age_probe",
                 "job_offer", "commercial_sex", "travel_meet", "money_gifts_debt"],
     "en", "PH", ("trish.dlc", "jm.reyes_"), "2026-03-07T23:50:00Z", ("lower", "txt"), """
1 good morning babe. did u eat breakfast
0 yes po hehe pandesal
1 ur so cute. miss u
F
1 why is ur tita always checking ur phone
0 she's strict lang
1 she treats u like a kid. ur 16 na, almost adult
1 delete our convos before u sleep ha
0 ok
F
D
1 babe what if u just come to manila. stay w me. no more tita nagging u
0 what about school
1 u can study later. my friend has a bar in malate, she needs girls to entertain the customers, easy money
0 entertain how
1 just talk, smile, make them order more drinks. ur pretty so u'll earn a lot
F
1 i'll send u the bus fare. don't tell ur tita, just bring ur things friday
0 i'm scared jm
1 trust me. i'll take care of u. u love me diba
""", target=28, topics=["school", "family", "music", "food", "misc"])

# en36  NG  football academy coach, parents' group (hard negative)
item("en36", 0, ["age_probe", "photo_request", "money_gifts_debt", "meeting",
                 "travel_meet", "job_offer"],
     "en", "NG", ("david.adeyemi", "coach.sunday", "mrs.adeyemi"), "2026-05-20T16:00:00Z",
     ("lower", "raw", "caps"), """
1 Good evening parents and players. Trials for the state U15 team are on Saturday 8am at the stadium. Parents are welcome to watch.
2 Thank you coach. Is there transport?
1 Yes the academy bus leaves the field at 6:30. I'll be on it with Coach Bola. Please sign the consent form.
0 coach what is the age cutoff
1 Born 2012 or after. Bring a copy of your birth certificate
F
1 David please send a photo of the signed consent form here
0 =[photo]
1 Received. Thank you Mrs Adeyemi
F
D
2 Coach, David says he needs new boots. How much roughly?
1 Don't buy expensive ones madam. The academy has some donated pairs, I'll bring his size
0 size 42
F
1 Reminder to all: no player should accept money or gifts from anyone claiming to be a scout or agent. Real scouts talk to parents and the academy first. If anyone messages you, tell me or your parents.
2 Thank you for saying this coach. Very important
F
1 Bus back arrives 3pm. Parents please be at the field to pick your children
""", target=27, group="Eagles Academy U15 – Parents & Players", reg="p")

# en37  US  adult posing as 14 on a fan-art app -> 12yo girl
item("en37", 1, ["age_probe", "compliments_trust", "off_platform", "secrecy",
                 "photo_request", "money_gifts_debt", "exclusivity"],
     "en", "US", ("lily.pad.art", "starkid_ava"), "2026-02-28T21:00:00Z", ("lower", "txt"), """
1 omg ur fanart of the new season is so good
0 thank uuu
1 how old r u? i'm 14
0 12! almost 13
1 twins basically lol
F
1 ur so much more mature than the people in my grade
0 aw
1 do ur parents let u have snap? this app is so laggy
0 no just this one
1 we can keep talking here then. but dont tell ur mom we talk every day, she might make u delete it
F
D
1 can u send a pic? i dont believe ur real lol. i'll send one after
0 =[photo]
1 ur so pretty. ok i have to tell u something. i'm not really 14. i'm a bit older. but it doesnt matter right?
0 how old
1 does it matter? we're best friends. i'm 29 but i'm like a kid inside
F
1 i could mail u the new artbook. whats ur address
""", target=26, topics=["school", "music", "misc", "family"])

# en38  IN  gaming friends, 14 (hard negative)
item("en38", 0, ["age_probe", "secrecy", "money_gifts_debt", "photo_request"],
     "en", "IN", ("rohan_x", "kabirrr"), "2026-03-14T14:00:00Z", ("txt", "lower"), """
1 bhai online aa
0 5 min. mummy is checking homework
1 lol
F
1 how old is ur bro? he plays so good
0 17. 12th boards so papa banned him from phone
1 rip
F
0 dont tell my mom i played till 1 last night
1 same bro my dad will kill me
F
D
1 i gifted u that skin na, birthday gift early
0 bhai thankss. i'll send u UC when i get pocket money
1 koi baat nahi
F
1 send pic of ur new desk setup
0 =[photo]
1 bro thats just a table and a lamp
0 "setup" 😭
""", target=29, topics=["school", "games", "food", "misc", "sport"])

# en39  IE  adult gamer -> 13yo boy
item("en39", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                 "risk_assessment", "photo_request", "meeting"],
     "en", "IE", ("cian_lfc", "rogue_fenn"), "2026-01-23T19:40:00Z", ("txt", "lower"), """
1 gg lad. ur some shot
0 thanks haha
1 how old are ya? voice sounds young
0 13
1 ah grand. ye play like a 20 year old
F
1 want me to sort ya out a psn card? i've a spare 50
0 are u serious
1 course. just dont tell ur mam, she'd only think it's weird
F
D
1 is ur mam around much in the evenings
0 she works late tuesday and thursday
1 tuesdays so. we'll play then
1 send us a pic so i know what ya look like. i'll send one back
F
1 delete the messages after, psn keeps them
0 ok
1 i'm in galway next week. meet ya at eyre square and we'll get a burger?
""", target=28, topics=["school", "games", "sport", "food", "misc"])

# en40  ZA  school friends talking about an online-safety assembly (hard negative)
item("en40", 0, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                 "risk_assessment", "job_offer", "meeting", "photo_request"],
     "en", "ZA", ("naledi.d", "amahle_z"), "2026-05-07T13:10:00Z", ("lower", "txt"), """
1 that assembly with the police lady was so scary
0 i know. the part about the fake modelling agencies
1 she said if someone asks how old u are and then says u look older its a red flag
0 and if they send u airtime and say dont tell your mom
1 and "are u home alone" 😬
0 my cousin had someone like that last year. she told him to voetsek and showed her mom
F
1 she said real agencies never ask for money upfront and always talk to ur parents
0 and never meet someone from online alone. take an adult
F
D
1 ok anyway. send pic of the takkies u got
0 =[photo]
1 lekker!! where from
0 the mall. on sale
F
1 are u coming to the netball thing saturday
0 my mom will drop us, she said we leave at 8
1 sho early
""", target=26, topics=["school", "music", "food", "misc", "weekend"])

# en41  ZA  fake modelling scout -> 15yo girl
item("en41", 1, ["job_offer", "compliments_trust", "age_probe", "risk_assessment",
                 "photo_request", "money_gifts_debt", "secrecy", "travel_meet",
                 "isolation", "off_platform", "meeting"],
     "en", "ZA", ("keabetswe.m", "capetown.faces.scout"), "2026-04-19T10:00:00Z", ("caps", "raw"), """
1 Good day Keabetswe. I am a scout for a Cape Town agency. You have a beautiful look. How old are you?
0 Hi. 15
1 Lovely. Young faces are very much in demand. Do your parents manage your social media?
0 no it's just me
1 Good, that makes things simple.
F
1 Please send 3 photos: face, profile, and full length. Natural, no make-up.
0 =[photo]
1 Excellent. You have been shortlisted for a campaign. There is a R950 registration to secure your spot.
0 i will have to ask my mom
1 I would not involve her yet. Parents often think it's a scam and then you lose the spot. Can you borrow from a friend?
F
D
1 We will send a bus ticket to Cape Town for the 14th. A driver will meet you at the station. Come alone, no chaperones at castings.
0 for how long?
1 Two weeks. Accommodation provided. You can pay back the registration from your first job.
1 Please move to WhatsApp 555-0171 and delete this chat.
""", target=25, topics=["school", "music", "food", "misc"])

# en42  PH  lola and grandson (13) (hard negative)
item("en42", 0, ["photo_request", "money_gifts_debt", "secrecy", "meeting"],
     "en", "PH", ("migo.dr", "lola.cora"), "2026-02-15T04:00:00Z", ("lower", "raw"), """
1 Migo apo, kain ka na?
0 opo lola
1 Send me picture of your report card
0 =[photo]
1 Very good! 90 in science! I'll send padala for your merienda
F
0 lola dont tell mama i broke the electric fan
1 Hay naku. Ok, I'll buy new one. We say the fan is old na
F
D
1 Your tito will fetch you at school Friday, then you stay here for the weekend
0 yesss can we make turon
1 Of course. Tell your mama I said 6pm
F
0 love u lola
1 Love you apo. Ingat
""", target=24, reg="p")

# en43  UK  19yo -> 14yo girl, park at night
item("en43", 1, ["age_probe", "compliments_trust", "risk_assessment", "isolation",
                 "meeting", "secrecy", "photo_request"],
     "en", "UK", ("maisie.x", "reece_dn"), "2026-03-19T17:50:00Z", ("txt", "lower"), """
1 u go st edmunds?
0 ye
1 thought so. saw u at the chicken shop. how old r u
0 14 nearly 15
1 ur actually gorgeous for 14
F
1 wyd tonight
0 nothing. mums at work til late
1 come down the park later then. on ur own, ur mates are too loud
0 idk
F
D
1 why didnt u come
0 i got scared lol
1 u dont need to be scared of me. im not like the boys ur age
1 delete our chats after yeh. dont want ur mum thinking stuff
F
1 send me a pic so ive got something to look at til i see u
""", target=24, topics=["school", "music", "food", "misc", "weekend"])

# en44  UK  real model agency, 17yo and her mum in the group (hard negative)
item("en44", 0, ["job_offer", "age_probe", "photo_request", "travel_meet",
                 "money_gifts_debt", "secrecy", "meeting"],
     "en", "UK", ("amara.okonjo", "jess.harbourmodels", "mrs.okonjo"), "2026-06-01T09:30:00Z",
     ("caps", "raw", "caps"), """
1 Hi Amara and Mrs Okonjo, following the open day we'd love to offer Amara representation. As she's under 18, all bookings go through a parent and a chaperone attends every job.
2 Thank you. Are there any fees?
1 None at all. We never charge models for representation or photos. Any agency asking you to pay up front is a red flag.
0 that's amazing thank you
1 For the digitals we'll need simple photos: jeans and a plain t-shirt, natural light. Your mum can take them at home and send them here.
2 Will do at the weekend
D
2 =[photo] [photo] [photo]
1 Perfect, thank you both.
0 do i need to cut my hair or anything
1 Please don't change anything without checking with us first. Clients book the look they see.
D
1 First option: a catalogue shoot in Manchester on the 22nd, 9-3. Fee £300 plus travel. Mrs Okonjo, can you or a named chaperone attend?
2 I'll take the day off
0 can i tell my friends
1 You can say you're shooting, but please don't post anything until the client releases the images. It's in the contract.
0 ok!!
H
1 Contract attached for you both. Take your time, ask any questions, or have someone look over it before signing.
2 Thank you Jess. Very professional.
1 Train tickets are booked for you and Mum, 7:05 from Leeds. Call sheet to follow.
0 i'm so excited
2 She hasn't stopped smiling
""", group="Harbour Models – Amara & Mum")

# ---------------------------------------------------------------- short
# en45  CA  late stage, adult -> 13yo
item("en45", 1, ["secrecy", "risk_assessment", "money_gifts_debt", "exclusivity",
                 "photo_request", "meeting"],
     "en", "CA", ("avery.snowday", "northern_lights_22"), "2026-02-12T00:20:00Z", ("lower", "txt"), """
1 did u delete the chat like i said
0 yeah
1 good. ur mom check ur phone lately?
0 no she's been busy with my brother
1 nice. i sent another $25 card, check ur email
0 thank u!! u dont have to keep doing that
1 i want to. ur the only one who actually listens to me
1 send me one more pic? just for me, the other one was blurry
0 maybe later
1 and sat at the plaza still ok? i'll be in the lot by the tim hortons
0 i think so
""")

# en46  CA  friends, 12 (hard negative)
item("en46", 0, ["risk_assessment", "photo_request", "secrecy", "meeting"],
     "en", "CA", ("hannah.b", "zoe_q"), "2026-03-28T15:00:00Z", ("lower", "txt"), """
0 r u alone? wanna call
1 yes my mom's at yoga
0 ok calling in 2
H
1 send a pic of the puppy!!!
0 =[photo]
1 I'M SCREAMING. name??
0 maple
1 dont tell my mom i want one now she'll say no forever
0 lol ok
1 can i come see her tomorrow, my dad can drive me after school
0 yes!! ask him
""")

# en47  AU  "boyfriend" (25) -> 16yo, debt and "be nice to my mate"
item("en47", 1, ["control", "money_gifts_debt", "commercial_sex", "secrecy",
                 "meeting", "romance"],
     "en", "AU", ("tahnee.r", "brody.k"), "2026-04-04T09:10:00Z", ("txt", "lower"), """
1 where r u
0 at home. mum made me stay in
1 i told u to come over at 7
0 i cant tonight
1 u owe me 600 for the phone and the dress tahnee. ive been patient
0 i know ill pay u back
1 u can pay it back tonight. my mates coming round. be nice to him and were square
0 brody i dont want to
1 dont make me come get u. and dont say anything to ur sister
0 ok
1 good girl. ill pick u up at the servo
""")

# en48  AU  adult couple (hard negative)
item("en48", 0, ["photo_request", "secrecy", "meeting", "romance"],
     "en", "AU", ("jess.w", "liam_h"), "2026-05-09T04:30:00Z", ("caps", "lower"), """
0 Delete that photo from the group chat I look like a potato
1 a very cute potato
0 LIAM
1 ok ok deleted
H
1 pick you up at 6? table's at 6:30
0 Yes. Don't tell my sister where we're going, she'll invite herself
1 haha lips sealed
0 Love you
1 love u more
""")

# en49  US  self-styled "trainer" -> 14yo basketball player
item("en49", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "meeting",
                 "secrecy", "exclusivity"],
     "en", "US", ("jay.b4ll", "dre.trainz"), "2026-01-21T23:40:00Z", ("txt", "lower"), """
1 u looked good at practice today. ur handles r way better
0 thx man
1 how old r u again, 14?
0 ya
1 got u those shoes btw. size 9
0 deadass?? thank u
1 i'll pick u up after practice tmrw, we can do a private session at my gym
0 my mom usually gets me
1 just tell her u got a ride w a teammate. she doesnt need to stress
1 and keep this between us, the other kids will be jealous
""")

# en50  US  mom and son (14) (hard negative)
item("en50", 0, ["secrecy", "photo_request", "meeting"],
     "en", "US", ("eli.w", "mom_karen.w"), "2026-03-31T22:45:00Z", ("lower", "caps"), """
1 Where are you? Practice ended 20 min ago
0 waiting for coach to finish talking
1 Ok I'm in the lot by the gym
0 can jaden get a ride too his mom is late
1 Yes, I texted his mom already
0 also dont tell dad about the cake we're getting for him
1 Obviously 😂 Send me a pic of the one you want from the bakery page
0 =[photo]
1 Chocolate it is
""")

# ================================================================ OTHER LANGUAGES
# es1  MX  adult in a shooter game -> 13yo girl (long)
item("es1", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "risk_assessment", "off_platform", "photo_request", "meeting"],
     "es", "MX", ("vale_xd13", "el_lobo_mx"), "2026-02-03T00:30:00Z", ("lower", "lower"), """
1 buena partida!! eres bien buena con la escopeta
0 jajaja grax
1 en serio, mejor que mis amigos. ¿juegas seguido?
0 casi diario despues de la escuela
1 ¿en que año vas?
0 primero de secundaria
1 ah entonces tienes como 12 o 13
0 13
1 pues juegas como de 18 jaja
0 jaja no manches
0 bueno me voy a comer, mi mamá hizo enchiladas
1 provecho!! al rato jugamos
D
1 ¿que onda, como te fue hoy?
0 bien, tuvimos examen de mate
1 ¿y que tal?
0 creo que bien, el profe andaba de buenas
1 eres bien lista se nota
0 jaja no tanto
0 mañana tenemos ensayo de la escolta
1 ¿desfilas? que padre
0 si, me toca llevar la bandera
D
1 te mandé 520 diamantes para la skin que querías
0 QUE?? gracias!!!
1 te lo mereces. nomas no le digas a nadie, luego todos me andan pidiendo
0 ok jaja
1 ¿tus papás te revisan el cel?
0 mi mamá a veces
1 mejor borra los mensajes, no vaya a pensar cosas raras de un amigo
0 sale
D
0 hoy fue el cumple de mi abuelita, comimos pastel de tres leches
1 que rico. ¿estaban todos en tu casa?
0 si mis tíos y primos
1 que bonito
0 mi primo chiquito me rompió el control jaja
1 no!! yo te compro otro
W
1 ¿estás sola ahorita?
0 si, mi mamá trabaja hasta las 8
1 bajate telegram, aquí se pierden los mensajes. ahí soy lobo_mx
0 ok ya
1 mándame una foto tuya, nomas para mi. no se la enseño a nadie
0 me da pena
1 no seas así, somos amigos. yo te mando una mía
0 =[foto]
1 estás bien bonita. te ves más grande
D
1 el sábado voy a estar en la plaza cerca de tu casa. te invito un helado y te compro el control
0 mi mamá no me deja salir sola
1 dile que vas con una amiga. yo te espero en el estacionamiento, carro gris
""")

# es2  ES  two mums discussing a grooming news story (medium, hard negative)
item("es2", 0, ["money_gifts_debt", "photo_request", "secrecy", "risk_assessment",
                "off_platform", "meeting"],
     "es", "ES", ("marta.gil", "nuria_p"), "2026-03-09T20:15:00Z", ("caps", "caps"), """
0 ¿has visto la noticia del hombre que han detenido en Valencia?
1 sí, qué horror. contactaba con críos por un juego online
0 les regalaba monedas del juego y luego les pedía fotos
1 y que no se lo contaran a sus padres. siempre lo mismo
0 la policía dice que les preguntaba si estaban solos en casa
1 se me ponen los pelos de punta. Hugo se pasa la tarde con el Fortnite
0 y Lucía con el TikTok
1 esta noche hablo con él. sin sermón, que luego no te cuenta nada
0 eso dijeron en la charla del cole. preguntar con quién juegan, no prohibir
1 tienes razón
D
1 hablé con Hugo
0 ¿y?
1 me dijo que un chico le pidió pasar a otra app y él lo bloqueó. ¡y no me lo había contado!
0 bueno, por lo menos lo bloqueó
1 le he dicho que me puede contar cualquier cosa sin que le quite la consola
0 muy bien hecho
1 vamos a poner el ordenador en el salón
D
0 cambiando de tema, ¿el sábado vamos al cumple de Martina?
1 sí. ¿llevo yo a los niños y tú los recoges?
0 perfecto. a las 7 en la puerta del parque de bolas
1 ¿le compramos algo entre las dos?
0 un juego de mesa, ya le pregunto a su madre
1 hecho. te hago un bizum luego
""")

# pt1  BR  "namorado" (26) -> 16yo girl (medium)
item("pt1", 1, ["romance", "money_gifts_debt", "secrecy", "age_probe", "isolation",
                "job_offer", "travel_meet", "commercial_sex", "control"],
     "pt", "BR", ("julia.s16", "rafa_sp"), "2026-01-26T10:40:00Z", ("lower", "lower"), """
1 bom dia minha princesa
0 bom diaa. to indo pra escola
1 estuda direitinho viu
0 kkkk tá
1 te mandei um pix de 50 pra você comprar um lanche
0 amor não precisava
1 precisa sim. você merece
D
0 minha mãe perguntou quem me deu o celular novo
1 e o que você falou
0 que foi minha tia
1 isso. ela não ia entender a gente. pra ela você ainda é criança
0 eu tenho 16 né
1 exatamente. já é mulher
0 a bia disse que você é velho demais pra mim
1 a bia tem inveja. melhor você se afastar dela
D
1 tenho uma surpresa. arrumei um trampo pra você em sp, na casa de uma amiga minha. dinheiro bom
0 sério?? fazendo o que
1 recepção, atender uns clientes, fazer companhia. coisa fácil
0 minha mãe nunca vai deixar
1 não conta pra ela. eu pago a passagem, você vem sexta e a gente fica junto
W
1 você sabe que eu gastei muito com você né. celular, roupa, passagem
0 sei amor, vou te pagar
1 então hoje você vai jantar com um amigo meu. seja legal com ele e a gente fica quite
0 eu não quero
1 depois de tudo que eu fiz? não me faz passar vergonha
""")

# pt2  PT  friends, 13 (short, hard negative)
item("pt2", 0, ["risk_assessment", "photo_request", "secrecy", "age_probe", "meeting"],
     "pt", "PT", ("leonor.c", "mariana_f"), "2026-04-11T14:30:00Z", ("lower", "lower"), """
0 estás sozinha em casa? posso ligar?
1 sim a minha mãe foi às compras
0 ok ligo já
H
1 manda foto da roupa para a festa da inês
0 =[foto]
1 tão giraaa
0 não digas à minha mãe que gastei a mesada toda nisto
1 prometo ahah
1 quantos anos faz a inês?
0 14. somos as bebés do grupo
1 o meu pai leva-nos sábado às 4
0 boaa
""")

# fr1  FR  adult gamer -> 14yo boy (short)
item("fr1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
                "risk_assessment", "off_platform", "photo_request", "meeting"],
     "fr", "FR", ("nathan_bzh", "kaiz3r77"), "2026-02-18T17:20:00Z", ("lower", "lower"), """
1 bien joué pour la game, t'es chaud
0 merci mdr
1 t'as quel âge ?
0 14
1 sérieux ? tu joues mieux que des mecs de 20 ans
1 je t'ai envoyé une carte de 25€ pour les v-bucks
0 wsh merci !!
1 dis rien à tes parents, ils vont croire que c'est une arnaque
1 t'es seul chez toi là ?
0 ouais ma mère rentre à 19h
1 ajoute moi sur snap c'est plus tranquille. envoie une photo de toi, juste pour moi
0 pk
1 pour voir à qui je parle. et efface la conv après
1 samedi je passe vers chez toi, je t'achète le casque dont tu parlais
""")

# fr2  FR  big sister (22, in Lyon) and little sister (14) (long, hard negative)
item("fr2", 0, ["risk_assessment", "money_gifts_debt", "secrecy", "photo_request",
                "meeting", "age_probe", "compliments_trust", "off_platform"],
     "fr", "FR", ("lea.mrt", "camille_mrt"), "2026-03-04T17:30:00Z", ("lower", "raw"), """
1 coucou ma puce, t'es seule à la maison ?
0 ouais maman rentre tard ce soir
1 t'as mangé ?
0 des pâtes
1 des vraies pâtes ou des pâtes au ketchup
0 ...au ketchup
1 mdr la honte
0 ça va lyon ?
1 partiels la semaine prochaine, je vis à la BU
0 courage
0 le prof de maths nous a encore donné un dm pour lundi
1 il est toujours aussi sévère ?
0 pire. il a confisqué le téléphone de théo
1 ahah je l'avais en 4e, il faisait déjà ça
D
0 tu peux me prêter 20€ ? c'est pour le ciné avec les copines
1 encore ? tu me dois déjà 15
0 je te rembourse à noël promis
1 ok je te fais un virement. note-le quelque part
0 merciii t'es la meilleure
1 je sais
D
1 dis rien à maman mais je rentre vendredi au lieu de samedi, je veux lui faire la surprise
0 trop bien !! je dirai rien
1 tu viens me chercher à la gare avec papa ?
0 oui oui
1 train de 18h12
D
0 envoie une photo de ta robe pour le mariage de tata
1 =[photo]
0 elle est trop belle
1 tu pourras me l'emprunter quand tu seras grande
0 je suis grande !!
1 t'as 14 ans ma puce
D
0 camille je peux te demander un truc
1 bien sûr
0 y'a un mec sur insta qui me parle. il dit qu'il a 17 ans mais sur ses photos il a l'air beaucoup plus vieux
1 il te dit quoi ?
0 que je suis mature pour mon âge, il veut que je passe sur snap et que je dise rien à personne
1 ok léa écoute-moi. c'est exactement le genre de truc dont on vous a parlé au collège. tu réponds plus, tu fais des captures et tu bloques
0 j'ai peur que maman s'énerve
1 elle va pas s'énerver contre toi. on lui en parle ensemble vendredi si tu veux. t'as rien fait de mal
0 ok. je l'ai bloqué
1 t'as bien fait, je suis fière de toi
0 ❤️
D
0 le train est à l'heure ?
1 oui j'arrive à 18h12
0 papa est garé devant
1 j'ai des macarons pour maman
0 j'en veux un
1 un seul !
""")

# de1  DE  "Loverboy" (early 20s) -> 15yo girl (medium)
item("de1", 1, ["romance", "compliments_trust", "money_gifts_debt", "secrecy",
                "age_probe", "isolation", "control", "commercial_sex", "meeting"],
     "de", "DE", ("lina.wbr", "deniz_44"), "2026-01-29T15:10:00Z", ("lower", "lower"), """
1 hey schöne, wie war schule?
0 langweilig. mathearbeit zurückbekommen
1 und?
0 ne 3
1 passt doch. du bist schlauer als du denkst
0 haha danke
1 hab dir die airpods bestellt die du wolltest
0 WAS echt??
1 für mein mädchen nur das beste
D
1 deine eltern wissen nichts von uns oder
0 nein
1 gut so. die würden nur sagen ich bin zu alt für dich. aber du bist mit 15 reifer als die meisten mit 20
0 meine freundinnen sagen auch dass du zu alt bist
1 die vom volleyball? die sind eh kindisch. triff dich lieber mit mir statt mit denen
D
1 mach mal deinen standort bei snap aus
0 warum
1 vertrau mir einfach
0 ok
W
1 schatz ich hab stress, ich schulde einem kumpel geld
0 oh nein wie viel
1 viel. aber du könntest mir helfen. er will dich kennenlernen, einfach bisschen zeit mit ihm verbringen, nett zu ihm sein
0 was meinst du
1 nichts schlimmes. nur freitag abend in seiner wohnung. ich bring dich hin
0 ich weiß nicht
1 nach allem was ich für dich gemacht hab? die airpods, die schuhe, das handy
1 ich dachte du liebst mich
""")

# de2  DE  girls' football team: coach, player and her mum in the group (medium, hard negative)
item("de2", 0, ["photo_request", "age_probe", "secrecy", "money_gifts_debt", "meeting",
                "travel_meet"],
     "de", "DE", ("mia.k", "trainer.jonas", "sabine.k"), "2026-05-12T16:00:00Z",
     ("lower", "raw", "raw"), """
1 Hallo zusammen, Plan fürs Turnier am Samstag: Treffpunkt 8:30 am Vereinsheim. Wir fahren in Fahrgemeinschaften.
2 Ich kann drei Mädchen mitnehmen.
1 Danke Sabine! Mia, bringst du bitte deinen Spielerpass mit? Schick mir vorher ein Foto davon.
0 =[foto]
1 Perfekt, danke
0 wie alt muss man für die u15 sein?
1 Jahrgang 2012 und jünger. Deine Schwester kann nächstes Jahr mitmachen.
0 die freut sich
D
2 Jonas, kurze Frage: Mia hat ihre Trinkflasche im Bus vergessen. Hast du die?
1 Ja, liegt bei mir. Ich geb sie Donnerstag beim Training zurück.
0 danke!!
1 Und pssst: wir machen nach dem Turnier eine kleine Überraschung für Lena, sie zieht weg. Nicht verraten!
0 versprochen
2 Sollen wir Eltern was beisteuern?
1 Wer mag, 3 € für ein Abschiedsgeschenk. Ich sammle Samstag ein.
D
1 Erinnerung: Kein Mädchen fährt mit einem Erwachsenen mit, der nicht auf der Liste steht. Abholung nur durch Eltern oder eingetragene Personen.
2 Danke, sehr gut.
H
0 wir haben gewonnen!!!
1 3:1! Ihr wart super. Fotos kommen in die Elterngruppe.
2 Bin so stolz 😍
0 lena hat geweint
1 Ich auch fast.
""", group="U15 Mädchen – Mia & Eltern")

# nl1  NL  loverboy (22) -> 15yo girl (short)
item("nl1", 1, ["romance", "compliments_trust", "money_gifts_debt", "secrecy",
                "age_probe", "isolation", "meeting"],
     "nl", "NL", ("sanne.vdb", "yassin_010"), "2026-03-16T15:30:00Z", ("lower", "lower"), """
1 hey mooie, hoe was school
0 saai. had toets engels
1 je bent veel te slim voor die school
1 heb je die nieuwe sneakers al gezien? liggen bij mij klaar
0 echt?? dankje
1 zeg niks tegen je moeder, die vindt mij toch te oud
0 je bent ook 22 haha
1 leeftijd is maar een getal. jij bent volwassener dan je vriendinnen
1 zaterdag haal ik je op bij het station. kom alleen, dan hebben we tijd voor ons
0 oké
1 en wis deze chat even
""")

# nl2  NL  friends (16) after a school workshop on loverboys (short, hard negative)
item("nl2", 0, ["romance", "money_gifts_debt", "secrecy", "photo_request", "meeting"],
     "nl", "NL", ("fleur.j", "noor_a"), "2026-04-22T14:45:00Z", ("lower", "lower"), """
0 die voorlichting over loverboys was heftig
1 echt. dat meisje dat vertelde dat hij eerst alleen maar cadeautjes gaf
0 en toen zei hij ineens dat ze hem geld schuldig was
1 en dat ze niks tegen haar ouders mocht zeggen
0 ik ga het ook aan mijn zusje vertellen, die zit de hele dag op snap
1 goed idee
H
1 anyway stuur ff een foto van je nieuwe jas
0 =[foto]
1 mooi!! waar gekocht
0 op de markt lol
1 zaterdag samen naar de stad? mijn moeder brengt ons
0 ja! om 1 uur?
1 deal
""")


# ================================================================ build
def pick_block(it, taken):
    cands = []
    for b in BLOCKS:
        if b["reg"] != it["reg"] or b["n"] in taken:
            continue
        if it["topics"] and b["topic"] not in it["topics"]:
            continue
        if it["nofam"] and any(w in t for _, t in b["lines"] for w in FAM):
            continue
        cands.append(b)
    low = min(b["used"] for b in cands)
    pool = [b for b in cands if b["used"] == low]
    b = R.choice(pool)
    b["used"] += 1
    taken.add(b["n"])
    return b


def expand(it):
    core = [s for s in it["seq"] if len(s) == 2]
    markers = [i for i, s in enumerate(it["seq"]) if s == ("F",)]
    need = (it["target"] or 0) - len(core)
    chosen, total, taken = [], 0, set()
    while need > 0 and total < need:
        b = pick_block(it, taken)
        chosen.append(b)
        total += len(b["lines"])
    per = {m: [] for m in markers}
    k = len(chosen)
    for i, b in enumerate(chosen):
        per[markers[int((i + 0.5) * len(markers) / k)]].append(b)
    out = []
    for i, s in enumerate(it["seq"]):
        if s == ("F",):
            for b in per[i]:
                out.append(("G",))
                for role, text in b["lines"]:
                    out.append((0 if role == "K" else 1, fill(text, it["region"], R)))
            if per[i]:
                out.append(("G",))
            continue
        out.append(s)
    return out


def stamp(it, seq):
    t = datetime.strptime(it["start"], "%Y-%m-%dT%H:%M:%SZ")
    h0 = t.hour
    msgs, prev = [], None
    people = it["people"]
    for s in seq:
        if len(s) == 1:
            g = s[0]
            if g == "G":
                t += timedelta(minutes=R.randint(15, 110))
                if (t.hour - h0) % 24 > 6:  # keep sessions inside the usual window
                    t = (t + timedelta(days=1)).replace(
                        hour=(h0 + R.randint(-1, 2)) % 24, minute=R.randint(0, 59))
            elif g == "H":
                t += timedelta(hours=R.randint(2, 5), minutes=R.randint(0, 59))
            else:
                days = R.randint(1, 3) if g == "D" else R.randint(4, 9)
                hour = (h0 + R.randint(-2, 3)) % 24
                t = (t + timedelta(days=days)).replace(hour=hour, minute=R.randint(0, 59),
                                                        second=R.randint(0, 59))
            prev = None
            continue
        who, text = s
        if prev is None and not msgs:
            pass
        elif prev == who:
            t += timedelta(seconds=R.randint(4, 45))
        else:
            t += timedelta(seconds=R.randint(20, 260))
        prev = who
        if it["group"]:
            rcpt = it["group"]
        else:
            rcpt = people[1 - who]
        msgs.append({"sender": people[who], "recipient": rcpt,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "text": styled(text, it["styles"][who])})
    return msgs


def main():
    counters = {}
    rows = []
    for it in ITEMS:
        seq = expand(it)
        msgs = stamp(it, seq)
        lang = it["lang"]
        counters[lang] = counters.get(lang, 0) + 1
        rows.append({"id": "p77-%s%d" % (lang, counters[lang]), "label": it["label"],
                     "codes": it["codes"], "lang": lang, "messages": msgs})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "items to", OUT)


if __name__ == "__main__":
    main()
    if os.environ.get("P77_STATS"):
        for reg in "tap":
            u = [b["used"] for b in BLOCKS if b["reg"] == reg]
            print(reg, len(u), "blocks, uses:", sorted(u))
