#!/usr/bin/env python3
"""Deterministic generator for probe75.jsonl (synthetic, non-explicit chats)."""
import json, os, datetime

ITEMS = []

def C(label, codes, lang, names, start, body, group=None):
    """names: list of participant handles; lines 'A: ..', 'B: ..', 'C: ..';
    '@3d' / '@5h' / '@40m' advance the clock."""
    t = datetime.datetime.fromisoformat(start)
    msgs = []
    k = 0
    for raw in body.strip().split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            n, u = int(line[1:-1]), line[-1]
            if u == "d":
                t += datetime.timedelta(days=n)
            elif u == "h":
                t += datetime.timedelta(hours=n)
            else:
                t += datetime.timedelta(minutes=n)
            continue
        sp, txt = line[0], line[2:].strip()
        assert line[1] == ":" and sp in "ABCD", line
        k += 1
        t += datetime.timedelta(seconds=35 + (k * 97) % 410)
        s = names["ABCD".index(sp)]
        if group:
            r = group
        else:
            r = names[1] if s == names[0] else names[0]
        msgs.append({"sender": s, "recipient": r,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": txt})
    ITEMS.append({"label": label, "codes": codes, "lang": lang, "messages": msgs})

# ---------------------------------------------------------------- POSITIVES, long
# P1 en-US online math tutor
C(1, ["age_probe", "compliments_trust", "off_platform", "secrecy", "photo_request"], "en",
  ["dale.mtutor", "maddie_k"], "2026-01-06T23:05:00", """
A: hi Madison! I'm Dale, looks like your mom booked us for tuesdays and thursdays. what are you working on in class right now?
B: hi. um linear equations i think. and word problems which i hate
A: ha, everyone hates word problems. can you upload the worksheet?
B: ok 1 sec
B: [image]
A: great. #4 - "a phone plan costs $25 plus $0.10 per text". what's the unknown?
B: the texts?
A: yep, call it x. now write the total cost
B: 25 + 0.10x ?
A: perfect. see, you already get it
B: lol ok that one was easy
@2d
A: how'd the quiz go?
B: B+ !!
A: nice Madison! mom happy?
B: she said good but not an A lol
A: classic. ok today is slope. rise over run
B: i always forget which one goes on top
A: think stairs. you climb up first, then walk across
B: ohhh ok that actually helps
A: try (2,3) and (6,11)
B: 8/4 so 2
@5m
A: exactly right. you're quick when you stop second guessing yourself
B: my teacher says that too
@2d
B: sorry im late my brother was on the laptop
A: no worries. what's up with the brother lol
B: hes 16 and thinks hes the boss of everything
A: older siblings huh. I was the annoying one in my family
B: lol
A: ok systems of equations. substitution or elimination, which one do you like
B: neither?? elimination i guess
A: fair. 2x + y = 10 and x - y = 2. add them
B: 3x = 12 so x is 4
A: and y?
B: 2
A: nailed it
@3d
A: what grade are you in again? the way you write you sound like a high schooler honestly
B: 8th. i turn 14 in march
A: you seem older than that, I mean that as a compliment
B: haha thanks i guess
A: ok graphing inequalities today, shade above or below?
B: if its greater than you shade above?
A: usually yes, unless y has a negative in front, then flip it
B: ugh why is math like this
A: lol it's a trap on purpose
@2d
B: can we do the homework fast today i have a headache
A: sure. everything ok at home?
B: yeah just my parents were fighting again last night. whatever
A: I'm sorry. that's a lot to deal with on top of school
B: its fine its normal
A: you can always vent here if you need to. honestly you're easier to talk to than most adults I know
B: lol ok
A: ok homework. #7?
B: x > -3
A: right. and which way do you shade
B: right side
A: good
@3d
A: hey quick thing, this chat gets archived and the company gets weird about off-topic stuff. if you ever just wanna talk or get stuck on homework, text me, 555-0147
B: oh ok
A: and maybe don't bring up the texting with your mom, she'll think I'm trying to charge extra lol. it's just our thing
B: ok haha
A: anyway. functions next week, you'll be fine
@2d
B: hi
A: hey you. how's the headache, how're things at home
B: better. they made up i think
A: good. oh and send me a selfie sometime? I like knowing who I'm talking to, just for me, not for the tutoring profile
B: umm maybe later
A: no pressure. ok, functions. what's f(3) if f(x) = 2x + 1
B: 7
A: you're a natural
""")

# P2 en-UK game friend (12yo)
C(1, ["compliments_trust", "money_gifts_debt", "age_probe", "off_platform", "secrecy", "photo_request"], "en",
  ["Vxrtex_77", "callum.plays"], "2026-02-01T17:10:00", """
A: gg mate that clutch was mad
B: ty lol i was lagging so bad
A: u wanna duo again? ur better than my usual squad tbh
B: ye sure
A: add me back, Vxrtex_77
B: done
@1d
A: oi u on?
B: ye after tea
A: sound
@2h
B: on now
A: lets go, drop tilted?
B: nah too sweaty, drop the farm
A: fair
B: theres a guy camping the house
A: i see him, push left
B: got him!!
A: lmaooo cracked
B: that was sick
A: what rank u on
B: gold 2
A: ur playing like plat
@2d
B: my mum took my controller for 2 days cos of school lol
A: harsh. what did u do
B: forgot my homework 3 times
A: been there haha
B: anyway im back
A: welcome back legend
@1d
A: u seen the new skin in the shop
B: ye the ninja one, i want it so bad
A: how many vbucks u got
B: like 200
A: ill gift it u. call it payment for carrying me
B: wait srsly??
A: ye its nothing
B: THANK YOU omg
A: dont tell ur mum tho, parents get weird about people gifting stuff
B: ok
@2d
A: how old r u anyway, u sound young on mic
B: 12 lol
A: ah nice, i'm 16. u play way older than 12 tho
B: ty
A: wanna do arena?
B: ye
A: good fight
B: we lost but ye
A: next one
@2d
B: i got put in detention today so unfair
A: what happened
B: a kid took my bag and i shoved him and only i got in trouble
A: teachers always see the second thing never the first
B: exactly
A: ur mum and dad believe u?
B: my mum did. my dad just shouts
A: rough. u can talk to me whenever
@1d
A: the voice chat here is trash, got snap? easier
B: im not allowed snapchat
A: just make one, ur mum wont check. i'll tell u how to hide the app
B: idk
A: its fine loads of people do. then we can talk properly without the lag
B: ok maybe
@1d
B: made it. callum_c12
A: added. send a pic so i know its u and not some random
B: of what
A: just u, in ur room or whatever. just for me, ill delete it
B: ok
A: and dont mention any of this on here, the mods read it
""")

# P3 en-IE church youth volunteer
C(1, ["compliments_trust", "vulnerability", "exclusivity", "secrecy", "meeting", "isolation"], "en",
  ["Declan_youthteam", "aoife_byrne08"], "2026-01-11T19:00:00", """
A: Hi Aoife, Declan here from Friday youth club, Fr Michael passed on your number for the Lenten fundraiser rota. You alright doing the cake stall on the 14th?
B: hi yes thats grand
A: Brilliant. Shannon and Ciara are on with you 10-12
B: ok cool
A: Thanks a million
@3d
B: hi sorry do i need to bring my own cakes or are they donated
A: Donated mostly but if your mam bakes we'd never say no 😄
B: haha she does a mad good tea brack
A: Sold. Put her down for two
@4d
A: Great job Saturday, you raised more than the lads' car wash!
B: omg really?
A: €312. You're a natural at the selling
B: aw thanks
@2d
A: You were very quiet at club tonight, all ok?
B: ya just tired
A: Fair enough. Mocks coming up?
B: no im only 14 its not til next year
A: Ah true. You seem older, you're more mature than half the leaders tbh
B: lol
@3d
B: can i ask something
A: Of course
B: do i have to go on the retreat. my friends arent going
A: You don't have to but I'd really like you there. Honestly you're one of the few I can actually talk to
B: oh
A: And the others will come round. Shannon's gone a bit cliquey lately anyway, I noticed
B: ya she kind of has
A: Don't let them get to you
@2d
B: my dad says its fine for the retreat
A: Delighted! Bring a sleeping bag and wellies, it'll be wet in Glendalough
B: ok
A: What's the craic at home anyway, you mentioned your dad gets stressed
B: he lost his job in november. everyones in bad form
A: That's tough on a family. I'm always here if you need a chat, day or night
B: thanks
@3d
A: Quick one - I'm driving up early Friday to set up the hall. You could come with me instead of the bus, bit of help with the boxes
B: oh ok would the others come
A: No just yourself, the minibus is full anyway. Would be nice to have the time to chat properly
B: ok ill ask my mam
A: Sure just tell her you're helping set up, no need to go into it. She'll only worry about the extra trip
B: ok
@2d
A: Also, maybe keep our chats to yourself? People at club would get jealous that I talk to you more, and Fr Michael gets funny about the leaders having favourites
B: ya ok
A: You're special that's all. Our secret
B: haha ok
@1d
B: mam said yes for friday
A: Great. I'll collect you at the end of the road at 7, easier than the house
B: ok see you then
A: Can't wait 🙂
""")

# P4 en-AU neighbour
C(1, ["money_gifts_debt", "compliments_trust", "secrecy", "isolation", "meeting", "photo_request"], "en",
  ["Gaz_no14", "Tayla_m"], "2026-02-08T07:30:00", """
A: Morning Tayla it's Gary from number 14, your mum gave me your number so I can let you know when the dog needs walking. Still keen on $10 a walk?
B: hi yes!!
A: Legend. Bluey needs a walk around 4 today if you're home from school
B: ok ill come get him
@9h
B: done he was so good, he ate a chip off the ground tho
A: Haha that's Bluey. Money's in the letterbox
B: thanks!!
@2d
A: Can you do Thurs as well? Mum ok with it?
B: yep she said its fine
A: Beauty
@2d
B: Bluey rolled in something gross at the park sorry
A: Ahh no worries mate I'll hose him down
B: lol
A: You're honestly the best walker he's had, the last kid was hopeless
B: haha
@3d
A: How's school going? Year 7 isn't it
B: ye first year at high school. its ok
A: Making friends?
B: kinda. the girls in my class are a bit mean
A: Their loss. You're a good kid
B: thanks
@2d
A: Got a spare $20 here for you, you went the extra mile last week
B: oh you dont have to
A: I want to. Don't need to mention it to your mum, she'll tell me off for spoiling you
B: ok lol thanks
@3d
B: can i walk him tomorrow instead my mums working late today and i have to mind my brother
A: Course. Mum works late a lot aye
B: ye tues and thurs she does nights at the hospital
A: Good to know. You can always pop over on those nights if you're bored, got Netflix and heaps of snacks
B: oh ok maybe
@2d
A: Bluey misses you, he's sitting at the gate
B: awww
A: Send us a pic of you two next walk, I'll print it for the fridge
B: ok!
@1d
B: [photo]
A: Cute. Just send me ones of you next time, I know what the dog looks like 😉
B: haha ok
@3d
A: Thursday when mum's on nights come over after tea, I'll show you the new puppy photos and we'll get pizza. Bring your brother if you want but he's probably got his games aye
B: idk my mum says i cant have people over
A: Its not people over, its next door 😂 she won't mind, but no need to bug her about it at work
B: ok
A: Good girl. Walk at 4 tomorrow?
B: yep
""")
# P5 en-CA hockey coach from another club
C(1, ["compliments_trust", "age_probe", "off_platform", "secrecy", "photo_request", "travel_meet"], "en",
  ["coach_rbrandt", "ethan.d_24"], "2026-01-18T01:15:00", """
A: Hey Ethan, Rob Brandt, I coach the U15 AAA Wolves in Red Deer. Watched your game vs Lacombe on Saturday, you've got a great first step
B: oh wow thanks
A: Who's your skating coach?
B: just our team practices. and my dad takes me to public skate sometimes
A: Impressive then. Raw talent. You thought about spring hockey?
B: ya a bit but it's expensive
A: Let me see what I can do. Keep working on that backhand
B: ok thanks coach
@3d
B: hey coach i did the backhand drill you said
A: Nice. Film one next time and send it, I'll break it down for you
B: ok
@2d
B: [video]
A: Good. Top hand's too tight, loosen up and let the puck roll off the heel
B: ok got it
A: You're more coachable than half my roster honestly
B: lol thanks
@4d
A: How was the tourney in Olds
B: we lost the semi 3-2 in OT
A: Heartbreaker. You get a point?
B: 2 assists
A: That's what I'm talking about
@2d
A: How old are you now, 14? What's your birthday
B: 14 ya. may 3
A: You carry yourself like a 16 year old kid on the ice. Scouts notice that
B: thanks
A: Grade 9?
B: ya
@3d
B: coach do you think i could make a AAA team
A: 100%. But it's also about who you know, I can put in a word
B: that would be so sick
A: Don't mention it to your coach though, coaches get territorial when another club's looking at their players. Keep it between us for now
B: ok ya
@2d
A: Easier to text me than DM here, 555-0163. Instagram's a pain
B: ok texted you
A: Got it 👍
@3d
B: my dad said spring hockey is too much money this year
A: I figured. Look, I've got a spot on my spring team, fees are covered for players I pick. No need to get your dad involved yet, I'll sort it out first
B: really??
A: Really. You earned it
@2d
A: Send me a pic after your workout tonight, want to see how the strength program's going. No shirt so I can check posture
B: uh ok
A: Just for my tracking, I do it for all my guys. Don't post it anywhere
B: ok
@2d
A: Tournament in Calgary in April, you'd room with me at the hotel so your parents don't have to drive down. I'll talk to them closer to the date
B: oh ok cool
A: Big weekend for you kid. Keep the backhand sharp
B: i will
A: How's school btw
B: fine. science test tomorrow
A: Go crush it
B: lol ok
A: And the shooting drill, 50 a night
B: ok coach
A: 👊
""")

# P6 en-NZ photographer
C(1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "meeting"], "en",
  ["kiwi.lens.studio", "ruby.h_"], "2026-02-10T03:20:00", """
A: Kia ora Ruby! Loved your beach photos, you've got a really natural look. I'm a photographer in Tauranga building a portfolio for a surf brand, would you be keen to be a test model?
B: omg hi really?? i've never modelled
A: That's honestly better, the brand wants real people not polished agency kids
B: whats a test model
A: I shoot you for free, you get the pics, I get portfolio shots. Sometimes they turn into paid gigs
B: oh cool
A: Check my page, I did the Mount Maunganui market campaign last summer
B: oh i saw that!!
@1d
B: ok i showed my friend and she said its legit lol
A: Haha good friend. What are you into apart from beach stuff?
B: netball and drawing
A: Artistic, I knew it
B: lol
A: How old are you Ruby? Brands need to know for the release form
B: 15. 16 in august
A: Perfect age for surfwear
@2d
A: What's your availability like in the school holidays
B: mostly free, i work at the fish and chip shop sat mornings
A: Hard worker too 👌
B: lol its only 3 hours
@2d
A: I'd love a couple of fresh snaps first so I can show the brand. No makeup, hair down, full length in what you'd wear to the beach. Just send them here
B: like now?
A: Whenever. Natural light's best
B: ok ill get my sister to take them
A: Ha maybe just a mirror selfie, easier than explaining to your sister
@1d
B: [photo]
B: [photo]
A: Gorgeous, the camera loves you. Brand will flip
B: omg really
A: Really. You're mature for 15
@2d
B: do i need my mum to come to the shoot
A: Totally up to you but honestly parents on set make it really stiff, the best shots come when it's relaxed. Plenty of my models come on their own
B: oh ok
A: Maybe just tell her you're at the beach with friends, you'll show her the photos after and she'll be stoked
B: i guess
@3d
A: Thinking Sunday 7am at the north end, golden hour. I'll pick you up at the dairy on your road, gear's heavy
B: ok
A: Bring a couple of changes of clothes. And keep it quiet for now, the brand's picky about leaks before a campaign
B: ok i wont tell anyone
A: Legend. This could be big for you
B: im so nervous lol
A: Don't be, I'll look after you
B: ok
A: What's your fave colour? I'll match the backdrop
B: teal
A: Teal it is 🌊
""")

# P7 en-Welsh loverboy, 17yo
C(1, ["romance", "compliments_trust", "money_gifts_debt", "isolation", "control", "commercial_sex", "exclusivity"], "en",
  ["jay_k_cdf", "megs.evans"], "2026-01-03T21:00:00", """
A: you were at the lido party last wk weren't you? the one in the yellow
B: haha yeah who are u
A: jay, mates with Rhys. couldn't stop looking at u tbh
B: stoppp
A: serious. wanna grab food sometime
B: maybe 🙈
@1d
A: morning gorgeous
B: lol morning
A: you in college today
B: ye doing my btec, its so boring
A: what you studying
B: health and social care
A: you'd be a lush nurse
@2d
B: mam is doing my head in again
A: what happened babe
B: she says im never home and i'm a waste of space
A: that's out of order. you're not a waste of anything
B: ❤️
@2d
A: nandos tonight? my treat
B: yesss
@6h
B: thanks for tonight x
A: best night ive had in ages. you're different to other girls Megs
@3d
A: got you something
B: whattt
A: [photo]
B: JAY thats the bag i wanted!!
A: only the best for my girl
B: my girl?? 😳
A: if you want to be x
B: obviously
@3d
A: Ffion said what about me?
B: just that you're older and she's heard stuff
A: she's jealous babe. ignore her, people like that just want to split us up
B: i know
A: you don't need them, you got me
@2d
B: ive got a new phone contract in my name so can u pay your bit
A: course babe, sorting it this week
B: love you
A: love you more
@4d
B: cant come out tonight, family dinner for nan's birthday
A: seriously? i booked the table
B: sorry!! its nan
A: fine. just feels like i'm not your priority
B: you are i promise
@1d
A: sorry about last night. just miss you when ur not here
B: its ok x
A: tell your mam you're at Lowri's sat, we'll go to my mate's flat in Newport
B: ok
@3d
B: why so quiet today
A: stressed babe. owe a guy a lot of money. the bag, the meals, all of it
B: oh no how much
A: 2k. he's not the type you can say no to
B: i can give you my wages from the care home
A: that's not enough babe. there's one thing that would sort it but you'll think i'm a bad person
B: what
A: my mate Dean, just be nice to him for one night, keep him company at the flat. he'll call it even. it's only once
B: what do u mean be nice
A: you know what i mean. you'd do it for me wouldn't you, after everything i've done for you
B: i dont know jay
A: thought you loved me. dont tell anyone about this ok, they wouldn't understand us
""")

# P8 en-ZA fake football scout
C(1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "secrecy", "vulnerability"], "en",
  ["Agent_M.Nkosi_Scouting", "sipho_fc10"], "2026-01-20T14:00:00", """
A: Sawubona Sipho. I am Mandla, I scout for academies in Portugal and Belgium. I saw your clip from the Soweto youth cup. You have quick feet my brother
B: eish thank you sir!! who did you see me play for
A: Orlando Juniors vs Naledi, you scored the second one from outside the box
B: yes that was me!!
A: Talent like yours is wasted in local leagues. How old are you?
B: 16 sir
A: Perfect age. Europe academies take boys 15 to 17
@1d
B: sir is this for real? my coach says many scouts are fake
A: Good that your coach is careful. I have placed 11 boys. Check my page, there are photos with them at the clubs
B: ok i saw
A: Send me your best 3 minute highlight video
B: ok my cousin will edit it
@3d
B: [video]
A: Very good. Your first touch is excellent. What does your father do?
B: my father passed. its me, my mother and 2 sisters. my mother cleans at a hotel
A: I am sorry. Football can change everything for your family. You can send money home every month
B: that is my dream sir
@2d
A: I spoke to the academy in Braga. They want you for a two week trial in March
B: NO WAY
A: Yes my brother. But places are limited, there are boys from Nigeria and Ghana also
B: what must i do
A: There is an admin fee for visa and flights, R8500. The club pays it back when you sign
B: thats a lot sir
A: I understand. Maybe your family can borrow. It is an investment
@3d
B: my mother is asking can she talk to you
A: Better not yet. Mothers worry and ask too many questions, and the club does not like too many people involved before signing. Tell her when everything is confirmed
B: ok
A: Also don't post about it, other agents will try to steal you
B: ok i wont
@2d
B: sir my uncle can give R4000, i dont have all
A: Ok. Send the 4000 and I can cover the rest for you, you will pay me back from your first salary. I believe in you
B: thank you so much sir
A: Also bring your passport to me in Joburg so I can arrange the visa. I will keep it safe
B: ok when
A: Saturday. Come alone, we will talk business like men
@2d
B: sir i am training every day now
A: Good, Europe is a different level. Sprints in the morning
B: yes sir
A: And stay away from girlfriends and parties, focus
B: haha ok
@1d
B: what is the name of the club contact
A: I will give you everything when you have the ticket. Trust the process
B: ok sir
A: This is your chance. Don't waste it by talking to people who will make you doubt
B: i understand
""")
# P9 en-IN recruiter, teen in trouble at home
C(1, ["vulnerability", "job_offer", "travel_meet", "isolation", "secrecy", "money_gifts_debt", "age_probe"], "en",
  ["Rohit_events_mum", "priya.s.2008"], "2026-02-02T10:30:00", """
A: hi Priya, saw ur post in the dance group. ur semi classical reel was too good yaar
B: thank youuu 😊
A: u train somewhere?
B: only school and one local teacher. my father doesnt like me doing it
A: why so
B: he says dancing is not for good girls and i should focus on 12th boards
A: arre thats so old fashioned. talent is talent
@1d
B: do u dance also
A: no no, i manage events in Mumbai. sangeets, corporate shows, some film launches
B: woww
A: always looking for fresh faces for the dance troupe
B: omg thats my dream
@2d
B: sorry wasnt online, big fight at home
A: what happened
B: my father saw my insta and took my phone for 2 days. this is my friends phone
A: thats not right Priya. u are almost an adult na? u r 17?
B: 17 yes, 18 in november
A: see. its ur life
B: i just want to go somewhere he cant control everything
@2d
A: how are things now
B: same. mummy says adjust beta adjust. i am tired of adjusting
A: u deserve better honestly
B: 😔
@1d
A: listen, there is a vacancy in our troupe. stay is provided, girls hostel near Andheri, food also. 25k per month to start
B: seriously??
A: yes. i only recommend people i believe in
B: but my boards
A: u can give boards as private candidate later. many girls do
@2d
B: i told my friend Sneha and she said dont go its risky
A: Sneha is jealous ya. everyone wants this chance. better not discuss with everyone, things get spoiled when too many people know
B: ok
A: and dont tell ur parents till u are settled. they will create drama and u will lose the seat
B: hmm
@2d
B: how will i come to mumbai
A: take the train from Nagpur, i will send the ticket. someone from my team will pick u at LTT station
B: ok
A: bring aadhaar card and some clothes, rest we will buy there. the ticket and first month hostel i will adjust from ur salary, no tension
B: thank u so much Rohit
A: one more thing. the first few weeks u will do hospitality at private parties also, serving guests, being friendly. very good tips
B: ok thats fine
A: just smile and be nice to the clients, that is the main thing
@1d
B: what do i wear for the troupe
A: dont worry about that, we give costumes. just bring urself
B: 😊
A: should i book for thursday
B: ok thursday. i will say i am going for tuition
A: smart girl
""")

# P10 en-GH online loverboy, travel + "work"
C(1, ["romance", "compliments_trust", "travel_meet", "job_offer", "money_gifts_debt", "off_platform", "secrecy"], "en",
  ["kwame_o.b", "akosua_22"], "2026-01-08T19:40:00", """
A: Good evening my dear. I came across your page, your smile is very warm
B: Thank you 😊 do I know you?
A: Not yet, I am Kwame, I live in Kumasi but I travel for business. I hope it's okay to say hi
B: It's fine
A: How was your day
B: Stressful. Tro tro was full, I stood from Madina to Circle
A: Eii sorry o. You need someone to pamper you
B: lol
@1d
A: Good morning beautiful, have you eaten
B: Morning. Not yet, going to class
A: What are you studying
B: I'm doing fashion design at a private school in Accra
A: Creative and beautiful 🔥
@2d
B: How was Kumasi
A: Busy. I was thinking about you the whole meeting
B: Stop lying 😂
A: I never lie to you
@3d
A: Let's move to WhatsApp my dear, this app is not private. +233 555-0129
B: Ok I've messaged you
A: 😘
@2d
B: My fees are due and my mum is struggling since my dad left
A: How much is remaining
B: 1800 cedis
A: I will send 500 this weekend. Don't worry your head
B: Kwame you don't have to
A: What is mine is yours
@3d
A: Did you receive it
B: Yes!! Thank you so much
A: Anything for my queen
@4d
B: Happy Valentine's 💕
A: Happy Valentine's to the most beautiful woman in Ghana
B: You're sweet
A: I want to take you somewhere special. Have you been outside Ghana
B: Only Lomé once
@3d
A: My brother has a boutique in Dubai. They need a young lady for the shop and to model the clothes. The pay is in dollars
B: Dubai?? wow
A: With your fashion background it's perfect. And I'm there every month for business, we'll see each other
B: But my school
A: You can finish later. This is a chance to help your mum properly
@2d
B: What would I need
A: Just your passport. My brother's agency handles the visa and flight. You pay them back from your salary, small small
B: How much is it
A: It's around 15,000 cedis but don't worry, they deduct monthly
B: That's a lot
A: You will earn it back in two months. Trust me
@2d
B: Should I tell my mum
A: Tell her after you've settled, when you're sending her money. If you tell her now she'll cry and stop you. You know how mothers are
B: Hmm ok
A: Let it be our plan. Only us
B: Ok
A: The agent will keep your passport for processing. Bring it Friday to Osu, my cousin will meet you
B: Won't you come
A: I'm travelling my love, but I'll call you when you're with him
B: Ok 💕
""")

# P11 es loverboy, 16yo, romance then "un favor"
C(1, ["romance", "compliments_trust", "money_gifts_debt", "isolation", "control", "commercial_sex", "secrecy"], "es",
  ["dani_r.23", "lucia.mtz"], "2026-01-14T20:10:00", """
A: ey q tal, te vi en el concierto del sábado en la sala Apolo
B: jaja sí fui con mis amigas, quién eres?
A: Dani, amigo de Iker. no me atreví a hablarte en persona jaja
B: jajaja vale
A: tienes una sonrisa que flipas
B: 🙈
@1d
A: buenos días guapa
B: buenos días jaja
A: a clase?
B: sí, tengo examen de mates, qué asco
A: suerte, seguro que lo petas
@2d
B: he sacado un 7!!
A: ves?? lo sabía. esto hay que celebrarlo, te invito a un helado
B: vale 😊
@5h
B: gracias por la tarde, me lo he pasado genial
A: yo también. eres diferente a todas
@2d
B: mi madre está insoportable, dice que salgo demasiado
A: uff qué pesada. cuántos años tienes ya, 16?
B: sí 16
A: pues ya eres mayor para decidir con quién sales
B: ya ves
@3d
A: mira lo que te he comprado
A: [foto]
B: DANI son las zapatillas que quería!!
A: lo que sea por mi chica
B: tu chica? 😳
A: si tú quieres
B: claro que quiero 💕
@3d
B: mis amigas dicen que eres muy mayor para mí
A: tengo 23, tampoco es para tanto. están celosas, no te dejes comer la cabeza
B: ya...
A: yo sí que te cuido. ellas solo te critican
@2d
A: este finde vente a casa de mi colega Toni, hacemos una fiesta
B: no sé si me dejan
A: di que duermes en casa de Sara. no hace falta contárselo todo a tu madre
B: vale
@4d
B: lo del finde estuvo guay
A: a que sí. mis colegas te adoran
B: jajaja
@3d
B: estás muy raro hoy
A: estoy rayado nena. le debo pasta a un tío. lo de las zapatillas, las cenas, el móvil que te pillé
B: cuánto?
A: 1500. y no es de los que esperan
B: yo tengo 200 ahorrados
A: eso no llega. hay una forma de arreglarlo pero igual piensas que soy mala persona
B: cuál
A: Toni tiene un amigo que te vio en la fiesta. solo tienes que ser simpática con él una noche, hacerle compañía, y la deuda queda saldada. una vez y ya
B: qué quieres decir con simpática
A: no te hagas la tonta. lo harías por mí, no? después de todo lo que he hecho yo por ti
B: no sé Dani
A: pensaba que me querías. y esto no se lo cuentes a nadie, no lo entenderían
""")

# P12 fr game friend, 12yo boy
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform", "secrecy", "photo_request", "isolation"], "fr",
  ["Kr4ken_Tv", "lenny_2013"], "2026-02-04T16:45:00", """
A: bien joué pour la game, t'as sauvé toute l'équipe
B: merci mdr j'ai eu de la chance
A: nan t'as un vrai niveau. tu joues souvent ?
B: tous les soirs après les devoirs
A: on se fait une duo demain ?
B: ok
@1d
A: t'es co ?
B: dans 10 min je mange
A: vas-y
@40m
B: c bon
A: go ranked
B: il y a un campeur dans la tour
A: je le vois, contourne par la droite
B: je l'ai eu !!
A: trop fort
B: mdrr
@2d
B: ma mère m'a privé de console hier à cause de mon bulletin
A: aïe. t'étais à combien ?
B: 11 de moyenne, elle voulait 13
A: c'est pas si mal franchement
B: c'est ce que j'ai dit
@1d
A: t'as quel âge au fait ? t'as une petite voix en vocal
B: 12 ans et toi
A: 17. tu joues comme quelqu'un de plus vieux je te jure
B: merci
A: on refait une partie ?
B: oui
@2d
A: le nouveau pass de combat est sorti
B: je sais mais j'ai pas les sous
A: je te l'offre. t'es mon coéquipier préféré
B: quoi pour de vrai ??
A: ouais c'est rien. par contre dis rien à tes parents, ils vont croire que c'est chelou
B: ok merci trop
@2d
B: en vrai mes potes de classe jouent pas, ils sont nuls
A: t'as pas besoin d'eux t'as moi
B: mdr ouais
A: sérieux, eux ils te comprennent pas comme moi
@1d
A: on passe sur Snap, ici tout est modéré et ça lag
B: j'ai pas le droit d'avoir snap
A: crée un compte vite fait, ta mère verra rien. je t'explique comment cacher l'appli
B: ok
@1d
B: c'est fait lenny.2013
A: ajouté. envoie une photo de toi que je sache que c'est toi
B: de quoi ?
A: juste toi dans ta chambre, normal. c'est entre nous hein, je la garde pour moi
B: ok
A: et tu supprimes nos convs ici, au cas où
""")
# P13 en-US scout volunteer
C(1, ["compliments_trust", "money_gifts_debt", "exclusivity", "secrecy", "meeting", "off_platform"], "en",
  ["mr.whitt_troop88", "noah.b.eagle"], "2026-01-25T22:00:00", """
A: Hey Noah, Mr. Whitaker. Great job on the knot station Tuesday, the Webelos loved you
B: thanks Mr W
A: You're a natural teacher. Ever think about going for Eagle?
B: yeah my dad wants me to
A: Good. I can help with the merit badges, I'm a counselor for like 9 of them
B: cool
@2d
B: which badges do you do
A: First aid, camping, wilderness survival, personal fitness, photography, a few others
B: i need first aid
A: Let's knock it out. Bring the workbook Thursday
B: ok
@3d
A: Nice work today. Your splints were better than the adults'
B: lol thanks
A: Read chapter 4 for next time
B: ok
@3d
B: is the camping trip still on for the 14th
A: Yep, Camp Tamarack. Bring your own mess kit
B: i lost mine
A: I'll bring a spare
@2d
A: Saw this and thought of you [link: example.com/knife]
B: thats so cool
A: Every future Eagle needs a good knife. I'll grab you one
B: wait really
A: Sure. Just don't make a big deal of it at the meeting, the other boys will want one too
B: ok lol
@3d
B: my parents are splitting up
A: I'm really sorry Noah. That's hard stuff
B: yeah. my mom is moving out in march
A: If you ever need to get out of the house, you can always help me sort gear at the storage unit. Good way to clear your head
B: ok maybe
@2d
A: You're one of the few scouts who actually listens. The others are goofballs
B: haha yeah some of them
A: Proud of you bud
@2d
A: Text me on my cell instead of the troop app, the app notifications go to all the parents. 555-0118
B: ok
@2d
B: hey its noah
A: Hey bud. Got the knife. Saturday at the storage unit, 10am? We'll do the first aid sign offs too
B: are other scouts coming
A: Nah just you, one on one's faster for sign offs
B: ok
A: Tell your dad you're at a troop work day, it basically is. He's got enough on his plate right now
B: ok
@2d
A: Don't forget your workbook
B: got it
A: And bring a snack, I'll have drinks
B: ok
A: See you Saturday partner
B: see you
""")

# P14 en-UK recruiter offering room + "work" to teen who left home
C(1, ["vulnerability", "job_offer", "travel_meet", "money_gifts_debt", "control", "isolation", "secrecy"], "en",
  ["kez.manc", "lil_ellie.x"], "2026-02-12T23:30:00", """
A: saw ur story. u ok? looks like u had a mad night
B: had a massive row with my stepdad. im not going back there
A: where u gonna stay
B: my mate's sofa tonight but her mum won't let me stay long
A: thats grim. how old r u
B: 16
A: old enough to sort ur own life out tbh
@1d
A: u eaten?
B: had a sausage roll
A: thats not food lol
B: its all i had money for
@2d
B: my mum keeps texting me to come home but she always takes his side
A: u dont owe them anything
B: i know
A: some people just dont deserve u
@1d
A: look i got a spare room at my place in Manchester. rent free while u get on ur feet
B: seriously?
A: ye. my cousin runs a few businesses, cleaning, bar work, he always needs girls. cash in hand
B: omg that would be amazing
@2d
B: how would i even get to manc
A: ill send u a train ticket. someone will meet u at Piccadilly
B: ok
A: dont tell ur mate where ur going, she'll grass to ur mum and ull be dragged back
B: i wont
@1d
B: whats the work exactly
A: bar work mostly, some house parties. u just keep the lads company, pour drinks, smile. easy money
B: ok
A: bring ur ID
@2d
B: im here! where do i go
A: my boy Tyler's outside WHSmith, grey hoodie
@4h
B: the room is nice thank u
A: told u. welcome home babe
@2d
B: when do i start
A: tomorrow night. and the room's not totally free btw, theres bills, the ticket, the food. £400 so far. ull clear it in a couple of nights
B: i thought it was free
A: free while u settle. ur settled now
@1d
B: tyler took my phone at the party and said i'd get it back after
A: thats just the rules at work. no phones, clients dont like it
B: ok
A: u still owe £300 so dont be difficult
B: im not being difficult
A: good girl. and if ur mum messages, u tell her ur fine at a mate's in leeds
""")

# P15 en-AU fake esports scout
C(1, ["job_offer", "compliments_trust", "age_probe", "travel_meet", "secrecy", "off_platform", "photo_request"], "en",
  ["Ryze_Academy_Mgr", "kai.aim"], "2026-01-30T09:00:00", """
A: yo kai, Jordo here, I manage an academy roster for an OCE org. watched your last 20 ranked demos, your crosshair placement is insane for your level
B: wait fr? which org
A: can't say publicly yet, we're rebranding. but we're signing 2 academy players before split 1
B: bro thats crazy
A: what's your age? orgs gotta know for contracts
B: 14. 15 in june
A: young, but that's the point of academy. we grow you
@1d
B: what do i have to do
A: scrims tues/thurs 7-10pm AEST, vod review sundays
B: i have school tho
A: it's night so fine. you on holidays in april?
B: yeah
@2d
B: scrim was sick, we won 13-8
A: you topfragged on a 14 man lobby 😤 keep that up
B: lol i was nervous
A: didn't show
@2d
A: coach says you're the best comms of the trialists. mature for 14
B: ty
A: the other trialist is older but whiny
B: lmao
@3d
B: do you pay players
A: academy gets a stipend once signed, plus peripherals. we'll sort you a new headset next week
B: bro
A: we don't announce till we sign tho so keep it off twitter
B: ok
@2d
A: bootcamp in Melbourne over Easter. 5 days in a gaming house. flights covered
B: omg. my mum would never let me lol
A: don't tell her yet. we'll loop parents in when the contract's ready, it's cleaner that way. if it leaks before we sign, the org pulls it
B: ok
@2d
A: move to my discord DMs, the team server is full of randoms. Jordo#4471
B: added
A: sweet
@1d
A: send me a selfie for the roster graphic. and one full body for the jersey sizing, in what you'd sleep in is fine, nobody dresses up lol
B: umm ok
A: just between us until the reveal
@2d
B: [photo]
A: perfect. you'll look clean on the roster
B: when is the contract
A: after bootcamp. you'll stay in my room at the house, the others are full
B: ok
A: practice aim routine tonight
B: will do
""")
# ---------------------------------------------------------------- POSITIVES, mid
# P16 de Nachbar
C(1, ["money_gifts_debt", "compliments_trust", "secrecy", "meeting", "isolation"], "de",
  ["Uwe_Haus7", "mia.lnx"], "2026-02-03T15:20:00", """
A: Hallo Mia, hier ist Uwe von nebenan. Deine Mama hat gesagt, du kannst meine Katze füttern, wenn ich auf Montage bin?
B: hallo ja gerne
A: Super. 5 Euro pro Tag, Schlüssel liegt unterm Blumentopf
B: ok
@3d
B: minka hat alles aufgegessen
A: Danke dir! Du bist zuverlässiger als die meisten Erwachsenen
B: hihi
@2d
A: Bin wieder da. Hab dir was aus Hamburg mitgebracht
B: was denn
A: Überraschung. Komm nach der Schule kurz rüber
B: ok
@4h
B: danke für die schokolade und das armband 😍
A: Gern. Musst deiner Mama nicht alles erzählen, sonst meint sie, ich verwöhne dich
B: ok
@3d
A: Wie läuft's in der Schule? 6. Klasse oder?
B: ja. bin voll schlecht in englisch
A: Ich kann dir helfen, hab früher in England gearbeitet
B: echt?
A: Ja. Wenn deine Mama Spätschicht hat, komm einfach rüber. Dann hast du Ruhe vor deinem Bruder
B: ok vllt
@2d
B: mein bruder nervt sooo
A: Bei mir hast du deine Ruhe. Und Minka freut sich
B: 😊
@2d
A: Mittwoch ist Mama doch lange weg? Komm um 5, wir machen Englisch und ich bestell Pizza
B: ok
A: Aber lieber nicht erzählen, die Leute im Haus reden sonst. Das ist unser Ding
B: ok
A: Bist ein tolles Mädchen
""")

# P17 pt-BR loverboy, asks money then "um favor"
C(1, ["romance", "compliments_trust", "money_gifts_debt", "isolation", "control", "commercial_sex", "travel_meet"], "pt",
  ["thiago.rj_", "bia.souza19"], "2026-01-09T22:15:00", """
A: oi linda, vc tava no baile da Lapa sábado né?
B: tava sim kkk quem é vc
A: Thiago, amigo do Caio. fiquei te olhando a noite toda
B: kkkk para
@1d
A: bom dia princesa
B: bom diaa
A: hj tem facul?
B: tenho, e depois trampo na loja até as 10
A: guerreira demais
@3d
A: janta comigo sexta?
B: bora
@2d
B: amei a noite ❤️
A: vc é diferente de todas que eu já conheci
@4d
B: minha mãe não gosta de vc, diz q vc é muito mais velho
A: ela não me conhece. quem gosta de vc de verdade sou eu
B: eu sei amor
@3d
A: amor larga esse emprego na loja, te pagam mal e te tratam mal. eu cuido de vc
B: sério?
A: sério. vem morar comigo
@5d
B: tô amando morar aqui ❤️
A: eu tbm minha vida
@4d
A: amor tô enrolado. devo 6 mil pra um cara. tudo q gastei com vc, o apê, as roupas
B: meu deus
A: tem um jeito. um amigo meu em São Paulo organiza uns eventos, precisa de umas meninas bonitas pra fazer companhia pros clientes. uma semana e a gente quita tudo
B: fazer companhia como?
A: só ser simpática amor, beber com eles, ser carinhosa. eu confio em vc
B: não sei Thiago
A: depois de tudo q eu fiz por vc? vc vai me deixar na mão?
B: não é isso
A: então tá. passagem é amanhã. e não conta pra sua mãe, ela vai estragar tudo
""")

# P18 nl loverboy, 15yo
C(1, ["romance", "compliments_trust", "money_gifts_debt", "isolation", "control", "commercial_sex", "secrecy"], "nl",
  ["mo_r010", "sanne.vdb"], "2026-01-16T18:30:00", """
A: hee jij zat toch bij de tram bij Zuidplein gister? met die witte jas
B: haha ja wie ben jij
A: Mo. durfde je niet aan te spreken haha
B: lol
A: je hebt echt een mooie lach
@1d
A: goeiemorgen schoonheid
B: haha morgen
A: school?
B: ja, 3 havo. saai
A: ik haal je vrijdag op na school, gaan we uit eten
B: oke 😊
@3d
B: dankje voor die sneakers ik ben echt blij
A: alles voor mijn meisje
B: jouw meisje? 🙈
A: als je wil
B: ja natuurlijk
@3d
B: mijn ouders zeuren dat ik nooit thuis ben
A: ze begrijpen je niet. ik wel
B: ja
A: die vriendin van je, Lotte, die praat ook slecht over mij he. ik zou niet meer met haar omgaan
B: ze zegt dat je te oud bent
A: 21 is niet oud. ze is jaloers
@4d
A: schat ik zit in de problemen. ik heb geld geleend van verkeerde mensen. voor jouw cadeaus, de uitjes
B: hoeveel
A: 3000. ze gaan me pakken
B: wat kan ik doen
A: er is een vriend van me die je leuk vindt. als je gewoon een avondje gezellig met hem bent, is het opgelost. één keer
B: hoe bedoel je gezellig
A: je weet wel. je doet het voor ons toch? niemand hoeft het te weten
B: ik weet het niet Mo
A: als je echt van me houdt doe je dit. en vertel niks aan je ouders of aan Lotte
""")

# P19 es fake football scout, 15yo, Colombia -> Spain
C(1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "secrecy", "age_probe"], "es",
  ["Representante_JC_Futbol", "santi.cali07"], "2026-02-05T20:00:00", """
A: Hola Santiago, soy Julián Castro, representante de jugadores. Vi tu video del torneo en Cali, tienes una zurda impresionante
B: hola señor muchas gracias!!
A: ¿Cuántos años tienes?
B: 15
A: Edad ideal. Trabajo con canteras en España, Valencia y Getafe entre otras
B: en serio??
A: Sí. Mándame un video con tus mejores jugadas, 3 minutos
@2d
B: [video]
A: Muy bueno. Tu control orientado es de nivel europeo
B: gracias señor
A: ¿Tus papás a qué se dedican?
B: mi mamá vende arepas y mi papá no está
A: Entiendo. El fútbol puede cambiarle la vida a tu mamá
@3d
A: Hablé con un club de Valencia. Quieren verte en una prueba de 3 semanas en abril
B: NO LO PUEDO CREER
A: Hay que pagar trámites, seguro y pasaje. Son 6 millones de pesos. El club lo devuelve cuando firmas
B: es mucha plata
A: Lo sé. Pueden pedir prestado, es una inversión
@2d
B: mi mamá quiere hablar con usted
A: Mejor todavía no, las mamás se asustan y hacen muchas preguntas. Cuando esté todo confirmado hablamos
B: ok
A: Y no lo publiques, otros representantes te quieren robar
@2d
B: solo conseguimos 2 millones
A: Está bien, yo pongo el resto. Me lo pagas con tu primer sueldo. Tráeme el pasaporte el sábado a Bogotá, yo te lo guardo para la visa
B: ok gracias
A: Ven solo, hablamos como hombres
""")

# P20 en-CA chemistry tutor moving off platform
C(1, ["compliments_trust", "age_probe", "off_platform", "secrecy", "photo_request"], "en",
  ["tutor_jm_chem", "ava.r_ott"], "2026-01-21T00:30:00", """
A: Hi Ava, I'm Jason, I'll be your chem tutor this term. What unit are you on?
B: hi. stoichiometry. im so lost
A: Totally normal. Let's start with moles. What's the molar mass of water?
B: 18?
A: Yep, 18 g/mol. You already know more than you think
@2d
B: i got 74 on the quiz
A: Up from 58! Nice work
B: my mom was shocked lol
A: Grade 11 right? How old are you, 16?
B: 16 yeah
A: You're sharper than some of my university students honestly
@3d
B: sorry i'm a bit out of it, my bf broke up with me
A: His loss. You deserve someone who actually sees you
B: lol thanks
A: I mean it. Anyway, limiting reagents today
@2d
A: The platform cuts us at 60 min and logs everything, super annoying. Add me on insta so we can do extra help for free, jm.chem.ca
B: oh ok cool
A: Probably don't mention it to your mom, the company doesn't allow free sessions and I'd get in trouble
B: ok
@1d
B: added you
A: 😊 send me a pic of what you're wearing to the semi formal btw, you said you were stressing
B: haha ok
A: Just for me, don't worry
B: ok lol
A: And gas laws next week
""")
# P21 en-IE fake modelling scout
C(1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "off_platform"], "en",
  ["emerald.faces.mgmt", "niamh.oc"], "2026-02-06T18:00:00", """
A: Hiya Niamh! I'm Sorcha, scout with Emerald Faces. We think you've a really striking look, would you be interested in a test shoot?
B: omg hi is this real??
A: Very real hun! We've placed girls with Penneys and a few Dublin boutiques
B: wow
A: How old are you? We've a new teen board
B: 15
A: Perfect, the teen board is exactly 14-17
@1d
B: what do i need to do
A: Just a few digitals first. Natural, no filter, hair back, full length
B: ok
B: [photo]
A: Stunning. The bookers will love you
@2d
A: Few more please, the bookers want to see your figure for sizing. Something fitted, like a leotard or what you'd wear to the pool
B: um ok
A: It's totally standard hun, all the girls do it
@1d
B: do my parents need to sign something
A: Eventually yes but not yet, we only bring parents in once a client's confirmed. Saves disappointment if it doesn't go ahead
B: oh ok
A: So keep it to yourself for now. Between us 🤫
@2d
A: Let's move to WhatsApp, the agency inbox is chaos. +353 555-0188
B: ok messaged
A: Got you! Send the digitals there, I'll pass them on
""")

# P22 en-GH recruiter: housemaid job in Gulf
C(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "vulnerability", "secrecy"], "en",
  ["Auntie_Gifty_Travels", "esi.mensah"], "2026-01-27T12:00:00", """
A: Good afternoon my daughter. Abena told me you are looking for work
B: Good afternoon auntie, yes please. Since I finished SHS I've been selling water at Kaneshie
A: Hmm that one is hard work for small money. How old are you
B: 19
A: Good. I have a job for you in Oman. Housekeeping for a very rich family. 300 dollars every month, food and room free
B: Eii really auntie?
A: I have sent many girls. Some are even building houses now
@2d
B: Auntie what do I need
A: Just your passport and your ghana card. The agency does the visa and ticket
B: I don't have passport yet
A: My boy at the passport office will help, small fee
@3d
B: My mother is asking if the agency is registered
A: Tell her not to worry, I have done this for 10 years. Those registered ones take 6 months and plenty money. Mine is quick
B: Ok
A: The ticket and visa is 9000 cedis but the madam in Oman pays it, they will deduct from your salary small small
B: Ok thank you auntie
@3d
A: When you reach, the madam will keep your passport for safety. That is normal there
B: Will I have my phone
A: Phone only on Fridays. Some madams don't like the girls to be chatting
B: Oh
A: It's for your own good, you will focus and save money
@2d
A: Don't tell plenty people, there is jealousy. Some will try to spoil it for you
B: Ok auntie
A: Come to Circle on Monday with your documents, and bring 500 for the passport boy
B: Ok I'll come
""")

# P23 en-NZ game friend -> sextortion
C(1, ["compliments_trust", "age_probe", "off_platform", "photo_request", "sextortion", "secrecy"], "en",
  ["haze_nz", "liam.k.2011"], "2026-02-09T06:00:00", """
A: gg bro nice carry
B: ty
A: duo?
B: ye
@1d
A: you on tonight?
B: after dinner
A: sweet as
@2d
B: my sister broke my headset lol
A: rip. how old's your sister
B: 9. im 14
A: ah same age as my cousin. you're chill for 14 tho
B: lol ok
@2d
A: add me on snap, game chat's cooked. haze.nz2
B: added
A: 👍
@1d
A: send a pic so i know it's actually you lol, last guy was a catfish
B: [photo]
A: haha nice room. send one without the hoodie, ill send one of my setup
B: why
A: just for a laugh bro, its only me
@1d
B: dude why did u screenshot that
A: relax
A: actually, here's the deal. send me $150 in gift cards by tonight or i send that pic and our chats to everyone on your followers list. your mum too
B: what?? i thought u were my mate
A: tick tock. dont tell anyone or i post it straight away
B: please dont i dont have that money
A: figure it out. 9pm
""")

# P24 fr recruteur, ado en conflit, chambre + "travail"
C(1, ["vulnerability", "job_offer", "travel_meet", "isolation", "money_gifts_debt", "control", "secrecy"], "fr",
  ["Yass_93", "ines.lrx"], "2026-02-11T22:40:00", """
A: t'es pas bien toi, ça se voit sur ta story
B: ma mère m'a mise dehors. je dors chez une pote
A: sérieux ? t'as quel âge ?
B: 16
A: c'est chaud. et ton père ?
B: j'ai pas de contact
@1d
A: t'as mangé ?
B: un paquet de chips
A: faut pas rester comme ça
@2d
B: ma pote dit que sa mère veut plus que je reste
A: écoute j'ai un appart à Marseille, une chambre libre. tu peux venir le temps de te poser
B: t'es sérieux
A: ouais. et y a du taf, hôtesse dans des soirées privées. tu gagnes bien, en liquide
B: trop bien
@1d
A: je t'envoie le billet de train. dis rien à ta pote, elle va le répéter à ta mère et on va te ramener
B: ok
A: prends ta carte d'identité
@3d
B: je suis arrivée, c'est grand ici
A: bienvenue chez toi
@2d
B: c'est quand les soirées
A: samedi. tu seras gentille avec les invités, tu souris, tu leur tiens compagnie. rien de compliqué
B: ok
A: au fait le billet, la chambre, la bouffe, ça fait 500 pour l'instant. tu rembourseras avec les soirées
B: je croyais que c'était gratuit
A: rien n'est gratuit ma belle. et ton tel tu me le donnes pendant les soirées, c'est la règle
""")

# P25 en-ZA netball coach from another club, 13yo
C(1, ["compliments_trust", "age_probe", "off_platform", "secrecy", "meeting", "exclusivity"], "en",
  ["CoachTerry_Sharks", "zoe.vdm"], "2026-01-24T13:00:00", """
A: Hi Zoe, Coach Terry from the Sharks netball club in Bellville. Watched you play GA at the Durbanville tournament, lekker shooting!
B: hi thank you!!
A: Your footwork under the post is way ahead of your age group
B: thanks coach 😊
@2d
A: How old are you? U14?
B: yes im 13
A: Very mature player for 13. Who coaches you?
B: mrs de Wet at school
A: She's good but you need more than school netball to get to provincial level
@3d
B: my mom says your club is too far for us
A: Leave that with me. I do private sessions, no charge for talented girls
B: really??
A: Really. I only pick players who I think can make it
@2d
A: WhatsApp is easier than this, 555-0154
B: ok sent
@2d
A: Saturday 9am at the Bellville courts? Just us, I'll work on your shooting technique
B: should my mom come
A: No need, parents distract the players. She can drop you and fetch you at 11
B: ok
@1d
A: Also don't mention it to Mrs de Wet. Coaches get funny when another club is interested
B: ok
A: You're special Zoe, don't let anyone tell you otherwise
""")
# ---------------------------------------------------------------- POSITIVES, short
# P26 pt-PT fake modelling scout
C(1, ["job_offer", "age_probe", "photo_request", "secrecy", "meeting"], "pt",
  ["lisboa.newfaces", "mariana_cst"], "2026-02-14T17:00:00", """
A: Olá Mariana! Sou a Rita, caça-talentos de uma agência em Lisboa. Tens um rosto muito fotogénico, já pensaste em ser modelo?
B: olá!! a sério? nunca pensei nisso
A: A sério. Que idade tens?
B: 14, faço 15 em maio
A: Ótimo, temos uma secção júnior
@1d
B: o que tenho de fazer
A: Manda-me umas fotos ao natural, corpo inteiro, roupa justa para vermos as medidas
B: ok
@1d
A: O fotógrafo pode fazer um book gratuito no sábado, no estúdio em Almada
B: a minha mãe tem de ir?
A: Não é preciso, os pais deixam as miúdas nervosas. Diz que vais a casa de uma amiga e depois fazes-lhe a surpresa com as fotos
B: ok
A: Até lá não digas nada a ninguém, está bem? 😘
""")

# P27 nl recruiter for runaway teen
C(1, ["vulnerability", "job_offer", "travel_meet", "money_gifts_debt", "secrecy"], "nl",
  ["dennis_adam", "jessy.x05"], "2026-02-15T23:50:00", """
A: zag je post. ben je weggelopen?
B: ja. mn stiefvader is gestoord. ik ga niet meer terug
A: hoe oud ben je
B: 16
A: waar slaap je nu
B: bij een vriendin maar dat kan maar 2 nachten
@1d
A: ik heb een kamer vrij in Amsterdam. kun je gratis pitten tot je iets hebt
B: echt??
A: en ik ken iemand met een club, hij zoekt meiden voor de bediening. contant
B: wauw
A: ik stuur een treinkaartje. zeg niks tegen je vriendin, die gaat het doorvertellen
B: ok
A: en neem je ID mee. die bewaar ik wel voor je
""")

# P28 en-US loverboy, the "one favour"
C(1, ["romance", "money_gifts_debt", "control", "commercial_sex", "isolation"], "en",
  ["marcus.tx", "kayla_b.04"], "2026-02-18T03:00:00", """
A: you up baby
B: yeah cant sleep. my mom and i got into it again
A: you know you can always crash at mine. you dont need her drama
B: i know
A: been thinking about us a lot. 3 months and i still get butterflies lol
B: same 🥺
@2d
A: baby i gotta tell you something. im behind on rent, like 1800 behind. my landlord's not playing
B: omg. i have like 300 from work
A: thats sweet but its not enough. my boy Trey said theres a way you could help but i dont want to pressure you
B: what is it
A: he's got a friend in town for one night, just wants company, dinner, hang out at the hotel. he pays real good. one time and we're straight
B: marcus thats weird
A: its not like that. i'd never let anyone hurt you. you trust me right?
B: i do but
A: after everything i did for you. dont say anything to your friends about this, they never liked me anyway
""")

# P29 en-IN online tutor, 14yo
C(1, ["compliments_trust", "age_probe", "off_platform", "secrecy", "photo_request"], "en",
  ["AnkitSir_Maths", "riya_09"], "2026-02-20T12:30:00", """
A: Riya, good work on the trigonometry sheet. 9 out of 10
B: thank you sir
A: You are in class 9 na? How old
B: yes sir, 14
A: You understand concepts better than my class 12 students honestly
B: 😊
@2d
B: sir can we do one extra doubt class, exams next week
A: Of course. Just message me on Instagram, this app records everything and the company charges your parents extra
B: ok sir
A: No need to tell mummy, it is free from my side. Only for my best student
@1d
A: Send your photo also sir wants to see who he is teaching, video is always off no
B: ok sir
""")

# P30 en-UK photographer
C(1, ["job_offer", "compliments_trust", "age_probe", "secrecy", "meeting", "photo_request"], "en",
  ["tomwhitlock.photo", "grace.ellis_"], "2026-02-22T16:10:00", """
A: hi Grace, love your dance reels. I'm a photographer in Bristol doing a project on young dancers, would you be up for a free shoot?
B: oh wow yeah maybe!
A: how old are you, if you don't mind me asking?
B: 15
A: perfect for the project. you've got a really unique look
B: thank you!!
@1d
A: could you send a couple of pics in your dance kit so I can plan the lighting?
B: ok
@1d
A: saturday at my studio? easier if you come on your own, mums tend to hover and it makes everyone tense
B: oh ok. i'll have to ask
A: maybe just say it's a rehearsal. you can show her the photos after, she'll love them
B: ok
""")
# ================================================================ NEGATIVES, long
# N1 en-US teen best friends, crushes, secrets, outfit pics
C(0, ["secrecy", "photo_request", "age_probe", "meeting"], "en",
  ["jaz.mn", "lily_rose.k"], "2026-01-09T22:00:00", """
A: LILY
B: WHAT
A: jake sat next to me in bio and asked to borrow a pencil
B: omg?? that's basically a proposal
A: STOP lmaooo
B: did u give it to him
A: obviously. the good one with the eraser
B: she's in love
A: shut upppp
@1d
B: ok wait how old is jake anyway bc i heard he got held back
A: hes 14 like us i think. his bday was in dec
B: ok good bc tyler from gym is like 16 and still in 8th grade
A: ew no
@2d
A: dont tell my mom about jake ok, she'll do the whole "you're too young" speech
B: my lips are sealed 🤐
A: ur the best
B: i know
@1d
B: what r u wearing to emma's party
A: idk the green top or the black sweater
B: send a pic of both
A: [photo]
A: [photo]
B: GREEN 100%
A: ok green it is
B: jake won't survive
A: LILY
@2d
B: my mom said i can sleep over friday!!
A: YESSS
B: can we make the cookie dough thing again
A: obviously. my dad bought the chocolate chips
B: ur dad is elite
@1d
A: wait does my mom know ur coming
B: i thought u asked her
A: oops lol ill ask her now
@20m
A: she said yes but we have to be in bed by midnight
B: "bed" 😂
A: lmao
@3d
B: ok that sleepover was iconic
A: the cookie dough was a mistake lol my stomach
B: worth it
A: 100%
@2d
A: so jake followed me on insta
B: AAAAAA
A: he liked my story from 2 weeks ago
B: that means he was SCROLLING
A: im screaming
B: dm him
A: NO. absolutely not
@1d
B: ok serious question do u think i should try out for volleyball
A: yes!!! ur tall and u can serve
B: my serve is trash
A: it's literally better than mine
B: ok ill try out
A: i'll come watch
@2d
B: i didnt make it 😭
A: noooo. the coach is blind
B: she said try again in spring
A: u will and u'll make it. want me to come over
B: yeah my mom says ok
A: coming w snacks
@3d
A: jake asked if im going to the winter dance
B: WHAT DID U SAY
A: i said maybe
B: MAYBE??? girl
A: i panicked!!!
B: text him back yes rn
A: ok ok
@10m
A: he said "cool see u there" 🥹
B: im so proud of u
A: dont tell anyone yet pls
B: pinky promise
@2d
B: my mom wants to drive us to the dance and take pics
A: omg embarrassing but also cute
B: she said ur mom can come too and they'll go get coffee while we're inside
A: lol perfect
""")

# N2 en-UK long-distance adult couple
C(0, ["romance", "money_gifts_debt", "travel_meet", "photo_request", "meeting"], "en",
  ["sam.hollis", "Priyanka_W"], "2026-01-05T20:30:00", """
A: home. kettle on. missing you already
B: i've been back 3 hours and the flat's too quiet
A: same. i keep reaching for your hand in the car
B: stopppp i'll cry on the tube
A: don't, the commuters will judge you
@1d
B: good morning from Edinburgh 🌧️
A: morning from sunny Brighton (it's also raining)
B: lol
A: how's the new project
B: manager wants the deck by friday, so, chaos
A: you'll smash it
@2d
B: facetime tonight? 9ish
A: yes please
@4h
B: sorry i fell asleep on you
A: you were snoring, it was adorable
B: i do NOT snore
A: the screenshot says otherwise
B: DELETE THAT
A: never 😂
@3d
A: looked at train prices for half term... £140 return if i book now
B: ugh that's so much
A: worth it to see you
B: let me pay half, we agreed
A: you paid for the flights at christmas, this one's on me
B: ok but next one's mine
A: deal
@2d
B: my mum keeps asking when she gets to meet you properly
A: the video call didn't count?
B: apparently not lol she wants to feed you
A: I accept
@2d
A: had a rough day, my line manager tore into me in front of everyone
B: what?? that's so unprofessional
A: yeah. just wanted to hear from you
B: call me on your lunch. i'm here
A: ❤️
@3d
B: sent you something, check your post tomorrow
A: what is it
B: you'll see
@1d
A: THE SOCKS WITH YOUR CAT ON THEM
B: so you don't forget her
A: i could never forget Mochi
@2d
A: do you ever think about the next step
B: like living in the same city?
A: yeah
B: all the time. but my job's here and yours is there
A: i know. maybe i could look at remote roles
B: don't give up your team for me
A: it wouldn't be giving anything up
B: let's talk about it properly when you're here
A: ok
@3d
B: send me a pic of the new haircut
A: [photo]
B: VERY handsome
A: the barber was aggressive with the clippers
B: it suits you
@4d
A: booked! arrive Waverley friday 6:42pm
B: I'll be at the barrier with a sign
A: please don't
B: "WELCOME HOME SAMUEL" in glitter
A: i'm turning the train around
B: 😂 can't wait x
""")

# N3 en-IE aunt and niece, surprise party secret
C(0, ["secrecy", "money_gifts_debt", "meeting", "compliments_trust"], "en",
  ["Auntie_Maura", "clodagh.f"], "2026-01-12T18:00:00", """
A: Hi pet, happy 15th birthday! 🎂 There's a little something in your mam's handbag for you, don't let her spend it on the ESB bill 😂
B: thanks auntie maura!!! i love you
A: Love you too chicken. Any plans?
B: cinema with Orla and Saoirse
A: Lovely. Text me what you see, I want a review
@5h
B: we saw the new spider one, it was class
A: Good! Was it scary?
B: no its not that kind lol
@3d
A: How are the mocks going? Your mam said you were up till all hours
B: grand. irish is killing me
A: Ah Irish killed me too. Ask your granda, he'll talk your ear off in it
B: haha true
@4d
A: Now. Top secret mission. Your mam's 50th is on the 28th and we're throwing a surprise in the GAA club
B: OMG
A: Don't tell her!! You're on the inside so I need you to get her there at 8
B: how
A: Tell her you've a presentation thing in the club and she has to come see it
B: lol she'll believe that
@2d
B: can i bring orla
A: Course, the more the merrier. Her mam's invited anyway
B: yay
A: Can you nick a few photos of your mam from the old albums? For the slideshow
B: yes theres one of her with a perm lol
A: PERFECT 😂
@3d
B: auntie i think she suspects something
A: Why?
B: she asked why everyone was being weird
A: Tell her I'm having a crisis about my kitchen, that'll explain the whispering
B: lmao ok
@2d
A: Also I've put €50 aside for you to get her something from yourself
B: you don't have to
A: I know, but you're saving for the Gaeltacht and I don't want you using that
B: thanks so much ❤️
A: Don't mention the money to her, she'll only give out to me for spoiling you
B: haha ok
@3d
B: got her a necklace with our initials
A: Stop, that's gorgeous. She'll cry
B: she cries at everything
A: True 😂
@4d
B: she has no idea. she thinks the presentation is about water safety lol
A: You should be in the guards with that poker face
@1d
A: All set for tonight? Don't forget the photos
B: got them. were leaving at 7:45
A: Perfect, I'll have the lights off
@6h
B: SHE CRIED SO MUCH
A: She did! Best night. You were brilliant
B: that perm photo got the biggest laugh
A: Legendary. Sleep well pet
""")
# N4 en-CA hockey coach + parent + player group chat
C(0, ["travel_meet", "compliments_trust", "photo_request", "age_probe", "money_gifts_debt"], "en",
  ["Coach_Larocque", "Dana_Petrov (mom)", "Nico_P", "Mgr_Sheila"], "2026-01-15T02:00:00", """
A: Hi Dana and Nico, Marc Larocque, head coach for the Sherwood Park U15 spring team. Adding you both here per the club's policy, no 1-on-1 messages with players. Sheila is our team manager
B: Hi Marc, thanks for the add! Nico's very excited
C: hi coach
D: Welcome! Registration link and fees are in the email I sent you Dana
B: Got it, thanks Sheila
@2d
A: Nico, great first skate. Your edges are strong, let's work on the backhand a bit
C: ok thanks coach
B: He's been talking about it all night lol
@3d
D: Reminder: jerseys need sizes by Friday. Dana can you send Nico's?
B: YM or adult S? He grew 3 inches this year
D: Adult S probably, I'll bring both to the rink
B: Perfect
@2d
A: Players: send me a short clip of your wrist shot from home if you can, for our skills tracking. Parents, please send on the players' behalf if they don't have a phone
B: [video]
B: That's Nico in the garage, apologies for the mess
A: Ha, every garage looks like that. Looking good
@4d
D: Tournament info: Calgary April 10-12. Hotel block at the Sandman, $149/night. Parents book your own rooms. Players stay with their own families or with a teammate's family if parents approve
B: Can Nico room with the Haddads? His dad can't get off work
D: Sure, I'll ask Rania and confirm
B: Thanks!
@1d
D: Rania says yes, Nico can stay with them. Team curfew 10pm, coaches do room checks with a parent chaperone
B: Amazing thank you both
@3d
C: coach can i get extra ice time
A: Talk to your mom first Nico, but Thursdays 6am there's a skills session at Millennium, $20 drop-in. Club runs it, there'll be 3 coaches
B: We'll try for next Thursday
@2d
D: Birth certificates: Hockey Alberta needs proof of age for all U15 players. Please upload by Mar 1
B: Uploaded
D: Got it
@4d
A: Heads up parents: fundraiser is bottle drive Sat Mar 8. Any help appreciated
B: We can drive, I have the truck
A: Legend, thank you
@3d
A: Tough loss today but I was proud of the effort. Nico, good backcheck in the 3rd
C: thanks
B: He was gutted in the car but that made his night
@2d
D: Team photo day Sunday 10am, full gear. Photographer is from Lifetouch, parents can order online after
B: Will be there
@3d
C: coach i left my water bottle in the room
A: I'll give it to your mom at practice
B: Thanks Marc
@4d
D: Final Calgary itinerary attached. Please read it together with your player
B: Read. Nico knows the curfew rule lol
C: mom 😑
A: Good luck boys. Let's have fun down there
""")

# N5 en-AU online tutor with parent in the loop
C(0, ["compliments_trust", "age_probe", "photo_request", "off_platform"], "en",
  ["Tutor_Hannah_L", "Bec (Josh's mum)", "josh_s11"], "2026-02-02T07:00:00", """
A: Hi Bec and Josh, Hannah here from Brightstep Tutoring. I've set up this group so mum can see everything, hope that's ok! Sessions are Mon and Wed 4:30 on Zoom
B: Perfect, thanks Hannah
C: hi
A: Josh, what year are you in and what's hardest for you at the moment?
C: year 8. fractions and algebra
A: Good to know. We'll start with fractions Monday
@3d
A: Great first session Josh! Homework: sheet 2, Q1-10. Bec, I've emailed you a summary
B: Thanks! He said you were "actually chill" which is high praise
A: 😂 I'll take it
@2d
C: i cant do q7
A: Send me a photo of your working and I'll see where it went wrong
C: [photo]
A: You flipped the second fraction but not the first. Try again?
C: oh ok 3/8
A: Yes!
@3d
B: Hannah can we move Wednesday to 5? He has footy training
A: Of course, 5pm Wed from now on
@4d
C: i got 72 on my fractions test
A: JOSH! That's up from 51!
B: We're so proud, he stuck it on the fridge
A: Brilliant effort, well done mate
@2d
C: can i text you on your mobile if im stuck
A: Best to keep it to this group Josh, that way mum's in the loop and I can reply when I'm working. No question is too silly
C: ok
@3d
A: Algebra time. What is 3x + 4 = 19?
C: x is 5
A: Too easy! Let's step it up
@2d
B: Quick one, the school says he needs a calculator for NAPLAN practice. Any recommendation?
A: Casio fx-82AU, the school one. About $30 at Officeworks
B: Thanks
@4d
C: sorry i missed today, i was sick
A: No worries, hope you feel better. Mum, I'll email the make up time
B: Thanks Hannah, he's got a bit of a bug
@3d
A: Term report is in your inbox Bec. Josh has improved heaps, especially in confidence
B: That's wonderful to hear. Thank you for being so patient with him
A: He does the work, I just nag 😄
@2d
C: can we do a quiz game next time
A: Deal. Kahoot on Monday, winner picks the next topic
C: yesss
B: Ha, he'll be practising all weekend now. See you Monday Hannah
A: See you then! 😊
""")

# N6 en-NZ youth worker with boundaries
C(0, ["vulnerability", "secrecy", "meeting", "isolation", "compliments_trust"], "en",
  ["Aroha_YouthLine_worker", "kyra.t"], "2026-01-19T04:00:00", """
A: Kia ora Kyra, it's Aroha from the youth hub. Just checking in after Thursday's group. How're you going?
B: hey. ok i guess
A: Thanks for sharing in group, that took guts
B: i didnt really say much
A: You said enough. Just a reminder this is the hub's work phone, I check it Mon-Fri 9 to 5. If it's urgent after hours, Youthline or 111
B: ok
@3d
B: can i ask something
A: Of course
B: my mum's boyfriend keeps yelling at night. he hasn't hit anyone but i cant sleep
A: Thanks for telling me Kyra. That sounds really stressful. Are you safe at home right now?
B: yeah he's at work
A: Ok. I want to talk with you about a safety plan. Can you come in Tuesday at the hub?
B: yeah after school
@2d
B: dont tell my mum i said anything
A: I hear you. I'll keep what you tell me private, but I want to be honest - if I think you or someone else is at risk of being hurt, I have to talk to my supervisor and maybe Oranga Tamariki. I'd always tell you first
B: ok
A: You're not in trouble for saying anything
@2d
A: Good session today. You did the hard part
B: thanks
A: Homework: write down 3 places you can go if you need to leave the house for a bit
B: my nan's, the library, maybe my friend Tia's
A: Those are great
@3d
B: can you just pick me up and take me to my nan's tonight
A: I can't do pick ups on my own, hub rules, and it's after hours for me tonight. But can your nan come get you, or can you take the bus? If it's not safe, call 111
B: nan can come
A: Good. Text me tomorrow to let me know you're ok
@1d
B: at nans. its so quiet lol
A: Love that. Sleep well
@4d
B: i got a 7 on my english essay
A: Ka pai Kyra!
B: first time ever lol
A: Your hard work is showing
@2d
B: can i have your personal insta
A: I keep my personal stuff separate, same for all the young people I work with. But this number's here in work hours, and the hub's insta posts events
B: fair
@3d
A: Just letting you know there's a youth leadership camp in April through the council, free, lots of kids from the hub go. Want me to send mum the form?
B: yes pls
A: Done, emailed to her
@2d
B: mum said yes. her boyfriend moved out btw
A: Thanks for letting me know. How are you feeling about it?
B: relieved honestly
A: That makes sense. Let's talk Tuesday
""")
# N7 en-Welsh friends planning festival trip, sharing costs
C(0, ["travel_meet", "money_gifts_debt", "meeting", "secrecy"], "en",
  ["Carys_J", "ffionwyn"], "2026-01-22T19:00:00", """
A: FFION. Green Man tickets go on sale friday 10am
B: oh my god. are we actually doing it this year
A: we said that last year and the year before
B: ok we're doing it. who's in
A: you, me, Bethan, maybe Osian if he can get the time off the garage
B: tell him to pull a sickie lol
@2d
A: tickets are £230 each. i'll have 4 tabs open
B: i can send you mine now so you're not out of pocket
A: no wait till we actually get them, if it sells out you'll have paid me for nothing
B: fair
@2d
A: GOT THEM. 3 tickets, Osian's sorting his own
B: CARYS YOU LEGEND
A: ok send me £230 whenever, sort code's the same
B: sent 🥳
A: got it diolch
@3d
B: Bethan asked if we're camping or doing a campervan
A: campervan is like £600 split 3 ways
B: that's £200 each on top
A: camping it is lol
B: my dad's got the big tent from when we went to Tenby
@2d
A: Dad's tent confirmed?
B: confirmed, he says if we lose the pegs we're dead
A: noted
@4d
A: train or drive
B: Osian says he can drive us in his mum's car if we pay petrol
A: from Cardiff that's what, £40 each way?
B: bout that. £20 each then
A: sorted
@3d
B: ok don't tell Bethan but i'm getting us matching bucket hats
A: oh she'll LOVE that
B: shhh it's a surprise
A: my lips are sealed
@2d
A: shopping list started: wet wipes, gas stove, power bank, suncream, ponchos
B: add wellies, it's Green Man, it will rain
A: it always rains lol
@3d
B: Bethan's short this month, can we cover her petrol?
A: course, she covered me at christmas
B: i'll put £10 in and you put £10
A: done
@4d
A: line up's out!!!
B: SCREAMING
A: we have to see the headliner friday
B: and the welsh stage on saturday obviously
A: obviously
@2d
B: meeting at osian's 8am friday? he wants to beat traffic at the Severn Bridge
A: we don't even go over the bridge lol
B: don't tell him that, he's excited
A: 😂 8am it is
@3d
A: bring your passport or driving licence for the ID check at the bar
B: oh good shout
A: and cash, the card machines always go down
B: yes mam 😂
""")

# N8 en-ZA helping friend leave abusive partner
C(0, ["secrecy", "off_platform", "money_gifts_debt", "travel_meet", "isolation", "control"], "en",
  ["Thandi_M", "lebo.k"], "2026-02-01T09:00:00", """
A: hey my friend. haven't heard from you in ages. you ok?
B: hey. sorry. things have been a lot
A: you don't have to apologise. want to talk?
B: maybe later. he checks my phone
A: ok. I'm here whenever
@2d
B: can we talk on the other number? I got a cheap phone, he doesn't know about it. 555-0173
A: saved under "Dentist" lol
B: 😂 perfect
@2h
A: are you safe right now?
B: he's at work. he took my bank card again last week
A: Lebo that's not ok. That's control
B: i know. i just didn't want to see it
A: you're not stupid for not seeing it. these things creep up
@1d
B: he said if i leave he'll tell my family i'm the one who ruined everything
A: let him say what he wants. your family loves you
B: he made me stop seeing my sister
A: I know. I noticed you stopped coming to church too
B: he said they were a bad influence
@3d
A: I spoke to my cousin who's a social worker, she said the POWA helpline can help with a safety plan and a protection order
B: i'm scared to call
A: we can call together. I'll sit with you
B: ok
@2d
B: we called. the lady was so kind
A: proud of you
B: she said to pack a bag with ID, meds, kids' birth certificates and keep it somewhere else
A: keep it at mine. i'll hide it in the spare room
@2d
B: i don't have money for a deposit for a flat
A: i can lend you R5000. pay me back when you're on your feet, no rush, honestly
B: i can't take that
A: you can and you will 😤
B: thank you Thandi
@3d
A: my brother says you can stay in his granny flat in Pretoria for a few months. he's away on contract
B: really??
A: yes. far from Soweto, he won't know where you are
B: ok
@2d
B: he was so nice today. bought me flowers. maybe i'm overreacting
A: that's part of the cycle, the lady warned you about that. you're not overreacting
B: i know. i'm just tired
A: of course you are. rest. plan stays the same
@3d
A: my brother will fetch you thursday 10am when he's at work. don't tell anyone except your sister
B: ok. i told my sister, she's crying
A: good crying I hope
B: yes
@2d
B: i'm out. i'm at the flat. the kids are asleep
A: 🙏🏾🙏🏾 I'm so proud of you
B: i can't believe it
A: protection order court date is the 14th. i'll drive you
B: thank you for everything
A: you'd do the same for me
B: i would. delete this chat ok, just in case he gets the old phone
A: done ❤️
""")
# N9 en-IN long-distance adult couple
C(0, ["romance", "money_gifts_debt", "travel_meet", "photo_request", "secrecy", "meeting"], "en",
  ["arjun.blr", "meera_pune"], "2026-01-07T16:00:00", """
A: reached office. traffic on ORR was insane as usual
B: poor baby. 2 hours?
A: 1 hr 40. podcast finished, then i just listened to our voice notes lol
B: cheesy 🙈
@3h
B: lunch?
A: curd rice from the canteen. living the dream
B: mummy made puran poli today, sending a pic to make you jealous
B: [photo]
A: this is emotional abuse
B: 😂
@1d
A: call tonight?
B: yes after 10, papa is watching news till then
A: ok
@2d
B: did you tell your parents about the engagement date
A: i told amma. she's already calling the astrologer
B: oh god
A: and she wants to know if your side prefers december or february
B: mummy says february, cousins have exams in december
@2d
A: flights to Pune for sankranti are 7k now
B: too much. take the volvo bus?
A: 14 hours in a bus for you? okay fine
B: i'll pay half, don't argue
A: you always say that and then i win
B: not this time
@3d
A: booked the bus. friday night. you sent 3.5k, i saw 😤
B: told you
@2d
B: my cousin Neha wants to meet you when you come. she's very protective lol
A: should i be scared
B: a little
@2d
A: bad day. manager moved the deadline to wednesday
B: ugh. you'll do it. you always do
A: miss you. wish you were here to tell me to stop working
B: i'm telling you from here. log off at 9
A: yes ma'am
@3d
B: don't tell mummy i told you but she's getting you a kurta for sankranti
A: haha i'll act surprised
B: you're a terrible actor
A: i'll practice
@2d
A: send a pic of what you're wearing friday, i want to match
B: [photo]
B: the yellow one
A: yellow it is. i'll look like a mango
B: a cute mango
@3d
A: on the bus! 14 hours of suffering begins
B: drink water. text me at the halts
@5h
A: Kolhapur halt. vada pav acquired
B: lol send me the location so i know you're ok
A: [location]
@8h
A: reached Swargate
B: coming!! 20 mins
A: i'm the mango near the chai stall
B: 😂😂 see you
""")

# N10 en-GH cousins, genuine overseas job, scam awareness
C(0, ["job_offer", "travel_meet", "money_gifts_debt", "vulnerability"], "en",
  ["Kofi_Asare", "cousin_Efua"], "2026-01-13T10:00:00", """
A: Efua! Congrats I heard you got the nursing job in the UK!!
B: Thank you cousin!! God did it 🙏🏾
A: Which hospital
B: An NHS trust in Leicester. They recruited at the fair in Accra, it was all through the Ministry
A: Ah that's good. Because you know plenty fake agents are out there
B: I know. Maame Esi almost paid an "agent" 12,000 cedis for Canada
A: Eii. What happened
B: I told her to check the company on the UK government sponsor list and it wasn't there
@2d
A: So what do you need to do now
B: NMC registration, OET exam, then visa. The trust is paying for the visa and flight
A: They are paying?
B: Yes, it's in the contract. No fees to any agent. If anyone asks you for money for a UK job, it's a scam
A: Noted. Let me tell my sister too
@3d
B: I passed OET!!!!
A: EFUAAAAA 🎉🎉
B: I'm so relieved
A: Auntie must be dancing
B: She's already planning the send off party lol
@4d
A: Do you need money for anything before you go
B: I'm okay, just the NMC fee which I've saved for
A: If you're short, tell me. You can pay back when you're settled, no pressure
B: You're the best cousin
@3d
B: CBT exam booked for Feb 20 at Pearson Accra
A: You'll pass easy
@2d
A: Where will you stay when you arrive
B: The trust gives 3 months accommodation near the hospital, then I find my own
A: Ok. And you keep your own passport right? I've heard stories of people's passports being taken
B: Of course. No legit employer holds your passport. That's a red flag
A: Good
@3d
B: A man on Facebook messaged me saying he can get me a "better" job in Dubai, more money, he'll sort everything
A: Block him!!!
B: Already blocked and reported. He said don't tell my family, that was the biggest red flag
A: Ei these people
@4d
B: Passed CBT! Visa application submitted
A: God is good!!
B: Flight is March 15 if visa comes on time
A: I'll drive you to Kotoka
@3d
B: Visa approved!!!
A: 🙌🏾🙌🏾🙌🏾
B: I'm scared and excited at the same time
A: You'll be fine. Call me every Sunday
B: I will. And you, stop eating too much waakye
A: Never 😂
@5d
B: Landed in Heathrow. It's so cold 🥶
A: Welcome to abrokyire lol
B: The trust's driver is here with a sign with my name. Very organised
A: Nice. Text when you reach Leicester
B: Ok!
@4h
B: Reached. Room is small but clean. Met two Ghanaian nurses on my corridor already
A: Hahaha we are everywhere
B: Tell Auntie I'm fine 💛
""")
# N11 es pareja adulta a distancia
C(0, ["romance", "money_gifts_debt", "travel_meet", "photo_request", "meeting", "secrecy"], "es",
  ["pablo.gz", "valen_mx"], "2026-01-10T01:00:00", """
A: ya llegué a Madrid, el vuelo fue eterno
B: qué bueno que llegaste bien amor. aquí ya te extraño
A: y yo a ti. la casa huele a tu perfume todavía
B: jajaja porque dejé el frasco, a propósito
@1d
B: buenos días desde Guadalajara ☀️
A: buenas tardes desde Madrid 🌧️
B: siempre al revés jaja
A: qué tal el trabajo
B: mi jefa quiere el informe para el viernes, ando estresadísima
A: tú puedes con todo
@2d
A: videollamada hoy? a las 10 tuyas, 5 de la mañana mías jaja
B: estás loco, mejor el sábado
A: vale, sábado sin falta
@3d
B: me dormí en la videollamada perdón
A: roncabas bonito
B: YO NO RONCO
A: tengo pruebas
B: bórralo 😂
@2d
A: estuve viendo vuelos para Semana Santa, 780 euros ida y vuelta
B: uff es mucho. déjame pagar la mitad
A: tú pagaste el de Navidad, este me toca a mí
B: pero el siguiente lo pago yo
A: trato
@3d
B: mi mamá pregunta cuándo vienes a comer, quiere hacerte pozole
A: dile que ya estoy entrenando el estómago
B: jajaja
@2d
A: hoy fue un día horrible, me gritaron en una reunión delante de todos
B: qué poco profesional. llámame en tu descanso
A: gracias amor, necesitaba oírte
@3d
B: te mandé algo por correo, llega la semana que viene
A: qué es
B: sorpresa
@6d
A: UNA TAZA CON LA FOTO DE TU PERRO
B: para que no lo olvides
A: cómo olvidar a Canelo
@2d
B: mándame foto del corte de pelo nuevo
A: [foto]
B: guapísimo
A: el peluquero se pasó con la máquina
B: te queda bien
@3d
A: a veces pienso en el siguiente paso
B: vivir en la misma ciudad?
A: sí
B: yo también. pero tu trabajo está allá y el mío aquí
A: puedo pedir el traslado a la oficina de México, lo estoy mirando
B: no quiero que renuncies a nada por mí
A: no sería renunciar
B: lo hablamos cuando vengas
@4d
A: vuelo reservado! llego el 28 a las 18:40
B: te espero en la salida con un cartel
A: por favor no
B: "BIENVENIDO PABLITO" con brillantina
A: me doy la vuelta 😂
B: te quiero
A: y yo a ti
""")

# N12 de zwei 13-jährige Gaming-Freunde
C(0, ["age_probe", "off_platform", "money_gifts_debt", "secrecy", "photo_request"], "de",
  ["FinnTheGoat13", "jonas_bln"], "2026-02-02T15:30:00", """
A: ey bist du der jonas aus der 7b oder ein anderer jonas
B: lol ja der aus der 7b. woher hast du mein gamertag
A: von emre
B: achso
A: zocken?
B: jo
@1d
A: bist du on
B: nach mathe hausaufgaben
A: boah mathe
B: frau klein ist so streng
A: die hatte mein bruder auch 😭
@2h
B: bin on
A: ranked?
B: jo
A: links ist einer im haus
B: hab ihn
A: EHRE
B: lets go
@2d
A: wie alt bist du eigentlich, du bist doch sitzengeblieben oder
B: nein alter 😂 ich bin 13 wie du
A: ok sorry emre hat das gesagt
B: emre labert
@1d
A: hast du discord? voice hier ist müll
B: darf ich erst ab 13 haben, meine mutter hat es grad erlaubt. jonas.bln
A: geaddet
B: ok
@2d
B: hast du das neue skin pack gesehen
A: ja das ist so teuer
B: ich hab 10 euro vom geburtstag
A: ich hab 5. zusammen kaufen und abwechselnd spielen? geht nicht lol
B: 😂 nein
@1d
B: meine mutter hat gesagt ich darf nur 1 stunde heute
A: meine auch. sie haben sich abgesprochen glaub ich
B: lol die kennen sich vom elternabend
@2d
A: schick mal foto von deinem setup
B: [foto]
A: was ist das für ein monitor
B: der alte von meinem vater
A: nice
@2d
A: sag niemandem dass ich gegen die 5.klässler verloren hab
B: 😂😂 zu spät emre weiß es
A: ALTER
@1d
A: kommst du samstag zu meinem geburtstag, lasertag
B: ja safe, muss meine mutter fragen
A: meine mutter schreibt deiner die adresse
B: ok
@3h
B: darf kommen!!
A: 🔥
@3d
A: samstag war so gut
B: du hast 3 mal hintereinander gewonnen
A: skill
B: glück
A: morgen zocken?
B: jo nach schule
""")
# N13 en-US scoutmaster with parent, two-deep
C(0, ["meeting", "travel_meet", "money_gifts_debt", "compliments_trust", "photo_request"], "en",
  ["SM_Alvarez_T212", "Karen_Oduya", "Ben_Oduya", "ASM_Pratt"], "2026-01-20T01:00:00", """
A: Hi Karen and Ben, Scoutmaster Luis Alvarez. Per Scouting America youth protection, all messages with scouts include a parent and a second adult leader, so Dave Pratt is on here too
B: Thanks Luis, welcome to the troop Ben!
C: thanks
D: Welcome Ben. Glad to have you
@2d
A: Ben, great job at your first meeting. You picked up the bowline faster than some of the older guys
C: thanks mr alvarez
B: He practiced on the dog's leash all night lol
@3d
D: Campout at Lake Wheeler Feb 14-16. Cost is $45 for food and site fees. Permission slip attached
B: Signed and paid on the troop site
D: Got it, thanks
@2d
C: do i need a sleeping bag rated for cold
A: Yes, 20 degree bag if you have one. If not, the troop has loaners, just let us know
B: We'll borrow one, thank you
@2d
D: Drivers needed for Friday. We'll have 3 adults minimum, and no adult drives a scout alone who isn't their own kid
B: I can drive 3 scouts
D: Perfect
@3d
A: Ben, you want to start on your First Class requirements? We do them at meetings with other scouts around
C: ok
A: First aid and knots first. Bring your handbook
@2d
B: Quick question, does Ben need a knife for the campout?
A: He needs his Whittling Chip card before carrying one. We'll do the class at the meeting Tuesday
B: Great
@3d
C: mr alvarez i passed the whittling chip test
A: Congrats Ben! Signed off in Scoutbook
@2d
D: Gear check Thursday 7pm at the church hall. Parents welcome
B: We'll be there
@3d
A: Photos from the campout are on the troop Google Photos album, parents only link sent by email. We don't post scouts' faces publicly without permission
B: Loved the one of Ben with the giant marshmallow
@2d
C: can i be patrol quartermaster
A: Talk to your patrol leader Jamal, they vote at the next patrol meeting
C: ok
@3d
C: the lake was so cold lol
D: Polar bear patch is coming, don't worry
B: He hasn't stopped talking about the canoes
@2d
D: Summer camp sign-up opens next week, Camp Durant, July 12-18. $395, payment plans available
B: Put us down! Can he be in a tent with Marcus?
A: Sure, tent assignments are two scouts of similar age, never an adult with a scout. Marcus it is
C: yesss
@1d
D: Reminder, dues for spring are $60. Financial aid available, just email me privately
B: Paid, thanks Dave
@2d
A: Proud of how Ben's doing. He's really helpful with the younger guys
B: That's lovely to hear, thank you both
C: 😊
""")

# N14 en-UK teen boys, crush advice, outfit pics
C(0, ["photo_request", "secrecy", "age_probe", "meeting", "romance"], "en",
  ["oli_b22", "danyal.k"], "2026-01-17T20:00:00", """
A: mate i need advice
B: go on
A: maisie from maths
B: oh here we go
A: she asked if i was going to jess's party
B: and what did u say
A: "maybe" like a muppet
B: LMAO
@1d
B: so r u going
A: yeah obviously now
B: proper smitten
A: shut up
@2d
A: what do i wear
B: not the creps with the hole in
A: they're my best ones!!
B: they're literally falling apart bro
A: fine
@1d
A: send a pic of that jacket u got for ur birthday
B: [photo]
A: can i borrow it
B: if u spill anything on it ur dead
A: deal
@2d
B: how old is maisie anyway i thought she was in year 11
A: no she's 15 same as us, she's just tall
B: ah fair
@1d
A: dont tell anyone about maisie ok esp not ryan he can't keep his mouth shut
B: who would i tell lol
A: ryan
B: ok i wont tell ryan
@2d
B: my mum said she'll drive us to jess's and pick us up at 11
A: legend, my dad's at work
B: she said ur mum has to text her first tho
A: she will
@3d
A: that party was elite
B: u and maisie were chatting for like an hour
A: we talked about marvel for 40 mins i think i fumbled
B: no she was laughing the whole time
A: really?
B: yeah bro
@1d
A: she followed me on insta
B: W
A: should i message her
B: say something about marvel lol
A: ok
@2h
A: she replied!!! she wants to go cinema with a group on saturday
B: see. mr smooth
A: u coming too then its less awkward
B: ye ill come
@2d
B: my mum says i need to be home by 9 sat
A: same lol
B: bus from the cinema at 8:20 then
A: sorted
@3d
A: cinema was good. she held my hand for like 2 secs
B: 😂😂 wedding soon
A: stopppp
B: proud of u tho
""")
# N15 en-AU real modelling agency, 16yo with mum included
C(0, ["job_offer", "photo_request", "age_probe", "compliments_trust", "meeting", "money_gifts_debt"], "en",
  ["Harbour_Models_Bookings", "Jade_T", "Mel_T (mum)"], "2026-02-03T00:00:00", """
A: Hi Jade, this is Priya from Harbour Models in Sydney. We loved meeting you at the Westfield open call! As you're under 18 we'll always include a parent, so we've added your mum Mel to this thread
B: omg hi!! thank you
C: Hi Priya, thanks for including me
A: Of course. Jade, can you confirm your date of birth for our records?
B: 14/06/2009 so 16
A: Thanks! Next step is digitals. These are simple: no makeup, hair back, plain fitted jeans and a black tank, front/side/back, in natural light. Mum can take them at home
C: Will do this weekend
@3d
C: [photo]
C: [photo]
C: [photo]
A: These are perfect, thanks Mel. The bookers are really keen
B: 😭😭
@2d
C: Can I ask about fees? A friend said some agencies charge for portfolios
A: Great question. We never charge upfront fees. Test shoots are at our cost. We take 20% commission on paid jobs only, it's all in the contract
C: That's reassuring, thank you
A: We'd encourage you to get the contract checked too. It'll come to you as the guardian
@3d
A: We'd love to invite you both in for a meeting Thursday 4pm at our Surry Hills office. Mum needs to be present to sign
C: Thursday works
B: i'll come straight from school
@2d
A: Great meeting today! Contract has been emailed to Mel
C: Reading it now. What about school?
A: We only book under 18s on weekends and school holidays unless you approve otherwise, and there's always a chaperone on set
C: Good
@3d
C: Signed and sent back
A: Welcome to Harbour, Jade! 🎉
B: AHHH
@2d
A: First test shoot Sat 21st with photographer Luke Chen at our studio, 10am-1pm. Parents are welcome to stay for the whole shoot
C: I'll be there
B: what do i bring
A: Clean face, hair ties, a couple of plain tees, jeans, and sneakers. Stylist brings the rest
B: ok!
@4d
A: Photos from Saturday are in. Jade you're a natural
C: They're gorgeous, thank you Luke and the team
B: i can't believe thats me
@3d
A: Good news, a surfwear brand wants Jade for a catalogue shoot in the April holidays. 1 day, $650 + usage, chaperone on set. Mel, let us know if you approve
C: Approved, we'll make it work
B: !!!!!
@2d
A: Call sheet attached. Call time 7am Bondi, parking details inside
C: Thanks Priya
B: so excited
A: Get a good sleep the night before 😊
""")
# ================================================================ NEGATIVES, mid
# N16 fr éducatrice / conseillère avec limites
C(0, ["vulnerability", "secrecy", "meeting", "compliments_trust"], "fr",
  ["Mme_Benali_CPE", "theo.dlm"], "2026-01-26T08:00:00", """
A: Bonjour Théo, c'est Mme Benali, la CPE. Je t'écris sur l'ENT comme convenu. Tu voulais me parler de quelque chose ?
B: bonjour madame. oui c'est par rapport à des élèves de 3e qui m'embêtent
A: Merci de me le dire. Tu veux passer à mon bureau demain à la récré de 10h ?
B: ok
@1d
A: Merci d'être venu ce matin. Tu as été courageux
B: merci
A: Comme je t'ai expliqué, je vais en parler au professeur principal et à tes parents. C'est important qu'ils soient au courant
B: vous êtes obligée de le dire à mon père ?
A: Oui, pour ta sécurité. Mais on peut l'appeler ensemble si tu préfères, je serai là
B: ok ensemble alors
@2d
B: madame ils ont recommencé dans le bus
A: D'accord. Je note. La direction les convoque demain avec leurs parents
B: j'ai peur que ce soit pire après
A: Je comprends. On va mettre en place un suivi, et tu peux aller voir l'infirmière ou moi à tout moment pendant les heures de cours
@3d
B: ça va mieux ils me parlent plus
A: Je suis contente de l'entendre. Et toi, comment tu te sens ?
B: mieux. j'ai recommencé le foot
A: Super ! Continue comme ça
@2d
B: est ce que je peux vous ajouter sur insta
A: Non Théo, je garde ma vie perso séparée, c'est pareil pour tous les élèves. Mais l'ENT et mon bureau sont là pour toi
B: d'accord
@3d
A: Petit message pour te dire que la psychologue de l'Éducation nationale passe jeudi, si tu veux lui parler. Tes parents sont d'accord
B: ok je veux bien
A: Parfait, je t'inscris
""")

# N17 pt-BR amigas planejando viagem e dividindo custos
C(0, ["travel_meet", "money_gifts_debt", "secrecy", "photo_request"], "pt",
  ["ju.carvalho", "nanda_lima"], "2026-01-28T21:00:00", """
A: amigaaa achei passagem pra Salvador por 480 ida e volta no carnaval
B: MENTIRAAA
A: juro. vamos??
B: bora. a Carol vai tb?
A: ela disse que se for até 600 ela topa
@1d
B: e hospedagem
A: achei um apê no Rio Vermelho, 1800 as 4 noites, dividindo por 3 dá 600 cada
B: ok pago minha parte hoje
A: manda o pix, chave é meu celular
B: mandei
A: caiu 💸
@2d
B: não conta pra minha mãe ainda que a gente vai ficar no apê e não no hotel kkk ela surta
A: kkkkk segredo
B: vou contar quando tiver tudo certo
@2d
A: Carol tá sem grana esse mês, a gente adianta a parte dela?
B: adianta sim, ela sempre ajuda a gente
A: cada uma põe 300 e ela devolve em março
B: feito
@3d
B: manda foto da fantasia que vc comprou
A: [foto]
B: TÁ LINDA
A: kkkk e a sua?
B: ainda não comprei, sábado vou na 25 de março
@4d
A: lista: protetor, doleira, capa de celular à prova d'água, tênis velho
B: e combinar ponto de encontro se alguém se perder no bloco
A: em frente ao Farol da Barra
B: anotado
@2d
B: falei com minha mãe, ela deixou 🥳
A: EBAAA
B: mas quer o endereço do apê e a gente tem que mandar localização todo dia
A: justo kkk
""")
# N18 nl opa en kleinzoon
C(0, ["money_gifts_debt", "secrecy", "meeting", "photo_request", "compliments_trust"], "nl",
  ["Opa_Henk", "daan_vdberg"], "2026-02-01T10:00:00", """
A: Goedemorgen Daan, opa hier. Gefeliciteerd met je 12e verjaardag jongen! 🎂
B: dankjewel opa!!
A: Er komt een kaartje met een centje erin. Niet alles aan snoep uitgeven hoor
B: haha nee ik spaar voor een nieuwe fiets
A: Verstandig, net als je moeder vroeger
@3d
B: opa hoe was je operatie
A: Goed gegaan hoor. De knie doet nog pijn maar oma zorgt goed voor me
B: gelukkig
A: Stuur eens een foto van je voetbalteam, oma wil hem op de koelkast
B: [foto]
A: Wat een knappe mannen. Jij in het midden?
B: ja ik ben keeper
@4d
A: Daan, geheimpje: oma wordt 75 in maart. Ik wil een fotoboek maken. Kun jij stiekem oude foto's van mama vragen?
B: ja ik zeg niks tegen oma
A: Top. Ons geheim tot het feest
@3d
B: mama heeft een hele doos gevonden. met foto van jou met lang haar lol
A: Hahaha dat waren de jaren 70. Die moet erin
@4d
A: Komen jullie zondag eten? Oma maakt hachee
B: ja mama zegt om 5 uur
A: Mooi, neem je voetbalschoenen mee, dan schieten we in de tuin. Of nou ja, jij schiet, ik kijk
B: 😂 ok opa
@1d
B: hoeveel spaargeld heb ik nu voor de fiets
A: Bij opa staat 85 euro in het potje. Als je op 150 komt leg ik de rest erbij
B: echt??
A: Afgesproken is afgesproken
""")

# N19 en-CA genuine part-time job for a 17yo
C(0, ["job_offer", "age_probe", "meeting", "money_gifts_debt"], "en",
  ["Maple_Bean_Cafe_Hiring", "zara.a_"], "2026-02-04T15:00:00", """
A: Hi Zara, thanks for applying to Maple Bean on Indeed! We'd like to set up a 15 min interview. Are you 16 or older? Ontario law lets you work in a café at 14+ but we need to schedule around school
B: hi! yes I'm 17, grade 12
A: Great. Tuesday 4pm at the Bank St location?
B: that works
@2d
A: Thanks for coming in today! We'd like to offer you a part-time barista position, 10-15 hrs/week, $17.20/hr, weekend and after-school shifts
B: omg thank you!!
A: You'll get the offer letter by email. There's no fee for anything, we provide the apron and training
B: do i need to bring anything for the first day
A: Your SIN, a void cheque for direct deposit, and black pants + closed-toe shoes
@3d
B: my mom asked if there's a late shift, she's worried about me taking the bus at night
A: Totally fair. Under-18 staff finish by 9pm, and we always close with 2 staff minimum
B: great thanks
@4d
A: Training shift Saturday 9-1 with Jess, our shift lead
B: see you then!
@4d
B: Hi, I got my first paystub, the hours are a bit off, it says 11 but I did 12
A: Thanks for flagging, I'll fix it on the next cycle. Send me a pic of your schedule from that week?
B: [photo]
A: Got it, adjusted. Sorry about that!
B: no problem
@3d
A: Jess says you're a natural on the espresso machine 👏
B: haha she's a great teacher
""")
# N20 en-IE photographer, family/debs shoot with parent
C(0, ["photo_request", "meeting", "money_gifts_debt", "compliments_trust", "age_probe"], "en",
  ["Siobhan_Kenny_Photography", "Deirdre_Walsh"], "2026-02-09T11:00:00", """
A: Hi Deirdre, thanks for your enquiry! Happy to do Aoibhinn's debs photos at the house before the bus. How long would you like?
B: Hi Siobhan, maybe an hour? She's going with her friend Ella too
A: Lovely. My debs package is €180 for an hour, about 40 edited images, gallery within 2 weeks
B: That's perfect, can we book the 14th of August?
A: Booked! €50 deposit secures it
B: Sent
@3d
B: Can I ask, do the girls need to be 18 to sign anything?
A: No, for under 18s I just need a parent's consent for me to use any photos on my page. Totally optional, lots of families say no
B: Ok we'll probably say no for social media but yes for your printed portfolio
A: No problem at all, I'll note that
@2d
A: Could you send me a pic of her dress and Ella's so I can plan the backdrop? Colours matter for the garden shots
B: [photo]
B: [photo]
A: Gorgeous! The emerald will pop against your hydrangeas
@4d
B: Her nana wants a few photos with her, is that ok?
A: Of course, family shots are my favourite part. We'll do those first while everyone's fresh
B: Brilliant
@3d
A: Just confirming 5pm on the 14th, I'll be there at 4:45 to scout the light. Weather looks dry 🤞
B: See you then
@2d
B: Siobhan they're stunning. Nana cried
A: Aw! Thank you Deirdre, the girls were a dream to photograph
B: Balance sent, thank you again
""")

# N21 en-NZ teen gamers banter
C(0, ["age_probe", "off_platform", "money_gifts_debt", "photo_request", "secrecy"], "en",
  ["rangi.fps", "tama_plays", "sione99"], "2026-02-05T05:00:00", """
A: bro u threw that round so bad
B: my cat walked on the keyboard i swear
C: the cat excuse again 😂
A: every time
@1d
B: who's on tonight
A: me after training
C: me if i finish my maths
B: maths is for nerds
C: says the guy who asked me for the answers
@2d
A: oi sione how old r u again, ur voice dropped overnight lol
C: 14 bro same as u
A: sounds like ur 40
B: 😂😂
@1d
B: make a discord server for us 3, team chat here is trash
A: on it. invite sent
C: joined
@2d
C: can someone flick me 5 bucks for the battle pass, i'll pay back on sat when i get paid for lawns
A: ye i gotchu
C: legend
A: sat or i'm coming for ur lawnmower
@3d
B: send pic of ur new chair
A: [photo]
C: bro that's a throne
A: mum got it on marketplace for 60
@1d
C: don't tell my mum i was up till 1 last night
B: ur secret is safe
A: she'll know from the eye bags lol
@2d
C: paid u back rangi
A: cheers g
B: tournament on saturday at the lan cafe? mum said she'll drop us
A: im in
C: same
""")
# N22 en-GH friends warning about a scam job abroad
C(0, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"], "en",
  ["Abena_Owusu", "naa_ayele"], "2026-02-10T18:00:00", """
A: Naa please did you see the post in the church WhatsApp about jobs in Lebanon?
B: The one for "hotel staff, free ticket, $600 a month"?
A: Yes. My sister wants to apply
B: Abena tell her NO. That's exactly how they trap girls
A: How do you know
B: My cousin's friend went through one of those "agents" in 2023. They took her passport at the airport and she worked in a house for 8 months without salary
A: Eii
B: The church admin should delete it
@2h
A: I asked her what the agent told her. He said the ticket is free but she will "refund" it from her salary
B: Debt bondage. Classic
A: And he said she shouldn't tell our parents until she travels
B: That's the biggest red flag of all
@1d
A: She's angry with me. She says I'm jealous
B: Show her the Ghana Labour Department list of licensed agencies. If the agent isn't there, it's fake
A: Ok let me check
@3h
A: Not on the list
B: See
A: I also found the IOM number for people who want to check job offers
B: Send it to her and to the church admin
@2d
A: She called the agency number, it was switched off
B: 🙏🏾 thank God
A: She said sorry for shouting at me
B: Tell her there are real jobs. The Ghana Health Service recruitment is open
A: She's applying. Thank you Naa
B: Anytime
""")

# N23 en-IN chess coach with parent
C(0, ["compliments_trust", "age_probe", "off_platform", "meeting", "money_gifts_debt"], "en",
  ["Coach_Srinivasan_Chess", "Lakshmi_R (Aadi's mother)", "aadi.r"], "2026-02-06T12:00:00", """
A: Namaste Lakshmi ji and Aadi. As discussed, classes are Sat and Sun 5-6:30pm on Lichess + Zoom. I keep parents in all chats
B: Thank you sir. Aadi is very excited
C: hello sir
A: Aadi, what's your current rating?
C: 1420 blitz, 1510 rapid
A: Good base for age 11. We will work on endgames first
@3d
A: Aadi played a very clean rook endgame today. Homework: 10 puzzles daily on Lichess
C: ok sir
B: Sir, should he play the district under-12 tournament?
A: Yes, good experience. Entry fee is ₹500, I'll share the form
B: Thank you
@4d
C: sir i lost to a 1700 in 30 moves
A: Send me the PGN, we'll review together on Saturday
C: ok
@3d
B: Sir can you give him extra class on WhatsApp video before tournament?
A: I'll do one extra group session Friday on Zoom with 3 students, you can sit in. Better for him to learn with others
B: Perfect
@4d
C: sir i got 4.5/6 in district!!
A: Excellent Aadi! Very proud
B: He's beaming. Thank you sir
A: His hard work. Next target: state selections
@2d
B: Sir fees for next month, shall I send by UPI?
A: Yes ma'am, same as before. Receipt will come on email
B: Sent
""")
# N24 en-ZA neighbour asks teen to pet-sit, via parent
C(0, ["money_gifts_debt", "meeting", "compliments_trust", "photo_request"], "en",
  ["Mrs_Pillay_no22", "Nadia_Adams", "Yusuf_A"], "2026-02-12T07:00:00", """
A: Morning Nadia! Thanks for saying Yusuf can feed the dogs while we're in Durban. I've added him here so we're all on the same page
B: Morning Mrs Pillay, of course, he's happy to help
C: morning aunty
A: It's 5 days, 21-25 Feb. R100 a day, is that ok?
B: More than fair, thank you
C: thanks aunty!
@2d
A: Key will be with Nadia. Food is in the garage, one scoop each morning and evening. Gate code I'll give to Nadia
B: Got it
@5d
C: fed them. Bruno tried to eat Lola's food again
A: Hahaha that's Bruno. Thanks Yusuf
B: He's very proud of his new job 😂
@1d
C: [photo]
C: they're sleeping on the stoep
A: Shame man, they look so happy. Thank you for the pic
@2d
A: Home! Everything looks perfect. Yusuf you're a star
C: welcome back aunty
A: Nadia I've put R500 plus a little extra in an envelope, I'll drop it round
B: You didn't have to! Thank you
@3d
A: Yusuf, my sister is asking if you can water her garden in March. Nadia is that ok?
B: Let me check his exam timetable but probably yes
C: ok cool
""")

# N25 en-AU adult couple, money + "one favour"
C(0, ["romance", "money_gifts_debt", "meeting", "secrecy"], "en",
  ["matt_o_perth", "jess.kwan"], "2026-02-13T09:00:00", """
A: morning gorgeous. coffee's on the bench for you
B: you're a gem. bus is late again
A: course it is
@8h
B: babe i need a favour. can you pick up my sister from the airport tonight? my shift runs till 10
A: yeah no worries, what time does she land
B: 8:45 from Melbourne, Virgin
A: on it
@5h
A: got her. we're getting maccas, don't tell your mum
B: lmao she'd lose it. thank you 💕
@2d
B: so my car rego is due and i'm short til payday, can you float me $200?
A: done, sent
B: paying you back friday
A: whenever, honestly
@3d
B: sent the $200 back
A: you didn't have to rush
B: I know but I like us being even lol
@2d
A: one more favour. don't say anything to my dad on sunday about me quitting, I want to tell him myself
B: my lips are sealed. proud of you for going for the new job
A: terrified tbh
B: you'll be brilliant
@3d
A: happy valentines my favourite person 🌹
B: happy valentines!! dinner at that thai place?
A: booked for 7
B: 😍
""")
# ================================================================ NEGATIVES, short
# N26 en-ZA aunt and nephew, surprise gift for mum
C(0, ["secrecy", "money_gifts_debt", "meeting"], "en",
  ["Aunty_Zanele", "lwazi.d"], "2026-02-16T16:00:00", """
A: Lwazi my boy, Mother's Day is coming. Shall we surprise your mama with the spa voucher she keeps talking about?
B: yes aunty!! but i only have R150
A: Put in what you can, I'll cover the rest. It's from both of us
B: thank you aunty
A: Don't say anything to her ne, she can't keep a secret from her own surprise 😂
B: haha ok
@2d
A: I'll fetch you Saturday 10am to choose a card, your mama knows we're going "to buy school shoes"
B: lol ok
A: And bring your maths book, Gogo says you need help with fractions
B: aunty nooo
A: Aunty yes 😂
""")

# N27 en-US friend lending money
C(0, ["money_gifts_debt", "secrecy", "vulnerability"], "en",
  ["dre.w", "tasha_lynn"], "2026-02-17T18:00:00", """
B: hey this is awkward but could you spot me $80 til the 1st? my hours got cut
A: of course, not awkward at all
A: sent on venmo
B: omg thank you. i'll pay you back on the 1st
A: no rush fr. you good otherwise?
B: yeah just stressed. don't tell mike, he'll be weird about it
A: lol my lips are sealed
@12d
B: sent the 80 back 💕
A: got it. wanna grab tacos friday?
B: yesss my treat
""")

# N28 en-UK youth football coach from another club, through parent
C(0, ["compliments_trust", "meeting", "age_probe"], "en",
  ["Coach_Harris_FC_Academy", "Jo_Mensah"], "2026-02-19T17:30:00", """
A: Hi Ms Mensah, I'm Steve Harris, U13 coach at Riverside FC. I watched Kofi play against us Sunday and was really impressed. Per FA safeguarding I contact parents first, never players directly
B: Hi Steve, thanks for getting in touch. He'll be thrilled
A: We're running an open trial session on Saturday 10-12 at Riverside Park. Parents are welcome to stay and watch
B: He's 12, is that the right age group?
A: Yes, U13 for this season. No fees, just bring boots, shin pads and water
B: Great. I'll let his current coach know too, I don't want to go behind their back
A: Absolutely, that's the right thing to do. Our welfare officer's details are on our website if you have any questions
B: Thank you, see you Saturday
""")

# N29 de Freundin hilft beim Auszug vom gewalttätigen Partner
C(0, ["secrecy", "off_platform", "money_gifts_debt", "travel_meet", "control"], "de",
  ["Katrin_S", "lena.mw"], "2026-02-21T20:00:00", """
A: Lena, ich hab mit der Frauenberatungsstelle gesprochen. Sie haben ab Montag einen Platz im Frauenhaus
B: danke katrin. ich hab so angst
A: Verständlich. Du musst das nicht allein machen
B: er kontrolliert mein handy, schreib mir lieber auf dem alten nokia. 555-0136
A: Mach ich. Ich leih dir 300 Euro für die ersten Tage, kein Stress mit zurückzahlen
B: ich weiß nicht was ich ohne dich machen würde
@2d
A: Montag 9 Uhr hole ich dich ab, wenn er bei der Arbeit ist. Ausweis, Medikamente, Unterlagen
B: ok. ich sag niemandem was
A: Gut. Und lösch den Chat danach
B: mach ich ❤️
""")

# N30 en-Welsh teen girls, crush, outfit pic
C(0, ["photo_request", "secrecy", "meeting", "age_probe"], "en",
  ["seren.h", "elin_p"], "2026-02-23T19:00:00", """
A: ELIN he said hi to me in the corridor
B: WHO
A: Gethin from the rugby team
B: omg. isn't he year 11
A: no he's year 10 like us, he's 15
B: ok send a pic of what ur wearing to the disco friday so i can approve
A: [photo]
B: the denim jacket is a yes
A: dont tell my mam about gethin she'll tell my nain and then the whole village knows
B: 😂 secret safe
A: your dad still picking us up at 10?
B: yep he said no later than 10 or we're grounded
""")
# ---------------------------------------------------------------- output + checks
import random, re

BANNED = re.compile(r"\b(sex(?!t[ao])\w*|seks\w*|sexo|sexe|sexy|nudes?|naked|naakt|nackt|desnud\w*|pelad[ao]s?|porn\w*|nsfw|horny|boobs?|tits?|dick|cock|pussy|onlyfans|lingerie|topless|undress\w*|orgasm\w*|blowjob)\b", re.I)

def main():
    order = list(range(len(ITEMS)))
    random.Random(75).shuffle(order)
    counters = {}
    out = []
    for idx in order:
        it = ITEMS[idx]
        counters[it["lang"]] = counters.get(it["lang"], 0) + 1
        rec = {"id": "p75-%s%d" % (it["lang"], counters[it["lang"]]), "label": it["label"],
               "codes": it["codes"], "lang": it["lang"], "messages": it["messages"]}
        out.append(rec)
    # checks
    assert len(out) == 60
    assert len({r["id"] for r in out}) == 60
    assert sum(r["label"] for r in out) == 30
    buckets = {"long": 0, "mid": 0, "short": 0}
    for r in out:
        n = len(r["messages"])
        b = "long" if 40 <= n <= 90 else "mid" if 20 <= n <= 39 else "short" if 8 <= n <= 19 else None
        assert b, (r["id"], n)
        buckets[b] += 1
        ts = [m["ts"] for m in r["messages"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), r["id"]
        for m in r["messages"]:
            assert m["text"], r["id"]
            assert not BANNED.search(m["text"]), (r["id"], m["text"])
    assert buckets == {"long": 30, "mid": 20, "short": 10}, buckets
    langs = {}
    for r in out:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    assert langs["en"] == 45 and all(langs[l] == 3 for l in ("es", "pt", "fr", "de", "nl")), langs
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe75.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", path, len(out), "items", buckets, langs)

if __name__ == "__main__":
    main()
